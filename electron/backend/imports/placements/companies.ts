import type { Db } from '../../../../db/open';
import { companies } from '../../../../db/schema';
import { companyFields, companyNameKey } from '../../../contract/companies';
import { fieldProblems } from '../../../contract/problems';
import type { AuthedCtx } from '../../rpc/context';
import type { Issue } from '../rows';

/** What a new company is made with: the first record naming it says where it is and what it does. */
export interface CompanyTerms {
  industry?: string;
  province?: string;
  city?: string;
}

/**
 * 企业名录 by name key (full/half-width and spaces aside), read once for a whole sheet; the employers
 * a sheet names that it lacks are noted, to be made (or listed), once each as first written.
 */
export class Directory {
  private readonly ids = new Map<string, number>();
  private readonly names = new Map<number, string>();
  readonly missing: string[] = [];

  constructor(db: Db) {
    for (const c of db.select({ id: companies.id, name: companies.name, nameKey: companies.nameKey }).from(companies).all()) {
      this.ids.set(c.nameKey, c.id);
      this.names.set(c.id, c.name);
    }
  }

  find = (name: string): number | undefined => this.ids.get(companyNameKey(name));
  nameOf = (id: number | null): string | null => (id === null ? null : (this.names.get(id) ?? null));

  /** Why a name the directory lacks could not be a company's (too long…), or null. */
  static nameProblem(name: string): Issue<'company'> | null {
    const parsed = companyFields.shape.name.safeParse(name);
    if (parsed.success) return null;
    const [problem] = fieldProblems(parsed.error, name);
    return { field: 'company', key: problem.key, params: problem.params };
  }

  /** Notes a name to be made, once, unless the directory has it or it cannot be a company's name. */
  note(name: string): void {
    if (this.find(name) !== undefined || Directory.nameProblem(name)) return;
    if (!this.missing.some((m) => companyNameKey(m) === companyNameKey(name))) this.missing.push(name);
  }

  /**
   * Makes the noted companies, each with its audit entry, and learns their ids: a preview makes them
   * inside a transaction it rolls back, so it checks the records exactly as the import will.
   */
  make(ctx: AuthedCtx, termsOf: (name: string) => CompanyTerms): void {
    const ts = ctx.now().toISOString();
    for (const name of this.missing) {
      const values = { name, creditCode: null, ...kept(termsOf(name)), contactName: '', contactPhone: '', notes: '' };
      const { id } = ctx.db
        .insert(companies)
        .values({ ...values, nameKey: companyNameKey(name), createdAt: ts, updatedAt: ts })
        .returning({ id: companies.id })
        .get();
      this.ids.set(companyNameKey(name), id);
      this.names.set(id, name);
      ctx.audit({ action: 'create', entity: 'company', entityId: id, after: values });
    }
  }
}

/** The terms the directory takes as they are; one it would refuse (too long for it) is left empty, not the company. */
function kept(terms: CompanyTerms): Required<CompanyTerms> {
  const take = (key: keyof CompanyTerms) => {
    const parsed = companyFields.shape[key].safeParse(terms[key] ?? '');
    return parsed.success ? parsed.data : '';
  };
  return { industry: take('industry'), province: take('province'), city: take('city') };
}
