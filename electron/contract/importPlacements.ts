import { z } from 'zod';
import { method } from './define';
import type { ImportField } from './importHeaders';
import { importSheet, seenVersions, type ImportDone, type ImportPreview, type ImportRow } from './importRows';
import { REGISTER_EDITORS } from './roles';

/**
 * 就业去向 from the office's graduate workbooks (毕业生就业情况统计表), one record per graduate,
 * found by 身份证号: recorded where the student has none, updated where they have one. Employers
 * come by name from 企业名录; one it lacks is made in the same step when the user agrees.
 */
export const PLACEMENT_IMPORT_FIELDS = [
  { key: 'name', headers: ['姓名', '学生姓名', '毕业生姓名'] },
  { key: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'], required: true },
  { key: 'outcome', headers: ['毕业去向', '就业去向', '去向', '就业情况', '就业类别'], required: true },
  { key: 'company', headers: ['就业单位', '单位名称', '工作单位', '用人单位', '就业企业'] },
  { key: 'industry', headers: ['行业', '所属行业', '单位行业'] },
  { key: 'position', headers: ['岗位', '职位', '工作岗位', '工种'] },
  { key: 'province', headers: ['就业省份', '工作省份', '就业地（省）'] },
  { key: 'city', headers: ['就业城市', '工作城市', '就业地点', '就业地（市）', '工作地点'] },
  { key: 'destination', headers: ['留深/回乡', '流向', '就业流向'] },
  { key: 'relatedToMajor', headers: ['专业对口', '是否对口', '是否专业对口', '对口'] },
  { key: 'startDate', headers: ['入职日期', '就业日期', '到岗日期', '入职时间'] },
  { key: 'salary', headers: ['月薪（元）', '月薪', '月收入', '工资', '薪资', '起薪'] },
  { key: 'contractKind', headers: ['劳动合同', '合同类型', '签订劳动合同', '合同'] },
  { key: 'socialInsurance', headers: ['社保', '是否缴纳社保', '缴纳社保', '五险一金'] },
  { key: 'channel', headers: ['就业渠道', '渠道', '就业途径'] },
  { key: 'notes', headers: ['备注'] },
] as const satisfies readonly ImportField[];

export type PlacementImportField = (typeof PLACEMENT_IMPORT_FIELDS)[number]['key'];

const FIELD_KEYS = PLACEMENT_IMPORT_FIELDS.map((f) => f.key) as [PlacementImportField, ...PlacementImportField[]];

export const placementSheet = importSheet(FIELD_KEYS).extend({
  /** add the employers the file names that 企业名录 does not have yet */
  createMissing: z.boolean().default(false),
});
export type PlacementSheet = z.output<typeof placementSheet>;

export type PlacementImportRow = ImportRow<PlacementImportField>;

export interface PlacementImportPreview extends ImportPreview<PlacementImportField> {
  /** employers the file names that 企业名录 lacks */
  missingCompanies: string[];
}

export const importPlacementsMethods = {
  /** what importing the sheet would do, graduate by graduate; writes nothing */
  'imports.previewPlacements': method<PlacementImportPreview>()({ input: placementSheet, roles: REGISTER_EDITORS, write: false }),
  /** the records without problems, in one transaction after a backup; refused whole if a placement it updates changed after the preview */
  'imports.importPlacements': method<ImportDone>()({
    input: placementSheet.extend({ seen: seenVersions }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: ['placements', 'companies', 'imports'],
  }),
};
