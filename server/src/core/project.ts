// Imports nothing: the extension shows the issues address without bundling the lint core.

/** The project's home; its issues are where users report problems. */
export const REPOSITORY_URL = 'https://github.com/gongwen-lint/gongwen-lint';
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;

/** Where the rules are documented online: `docs/rules/<id>.md` of the repository. */
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules`;
