/**
 * The 主送机关 line of a notice (GB/T 9704-2012 §7.3.2): `各区人民政府，市政府各委、办、局：`.
 * Group 1 is the mark it ends with when that is not the colon it takes (`，`, `。`, or none), so a
 * line whose colon is missing or wrong is still known for what it is.
 */
export const ADDRESSEE_RE = /^各[^。！？：:]{1,120}?(?:政府|部门|单位|机构|部委|委员会|管委会|党委|党组|机关|团体|中心|协会|集团|厅|局|委|办|院|校|公司|组织|企业|街道|乡镇|区|县|市)([，。；、]?)$/;
