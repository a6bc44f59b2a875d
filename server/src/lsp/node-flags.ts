/**
 * Node options the language server is launched with — by the VS Code client, and by whatever
 * measures it (`npm run bench`, the soak test) so that they measure the same process.
 *
 * Each lint of a large draft allocates several megabytes that die young; V8's default young
 * generation (two 16 MB semi-spaces) stays fully committed once grown. 4 MB semi-spaces keep about
 * 25 MB less resident for a few tenths of a millisecond more garbage collection per keystroke.
 * A documented Node option: an unknown V8 flag would stop the server from starting.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
