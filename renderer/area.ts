import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MethodName } from '../electron/contract';
import type { Student } from '../electron/contract/students';

type Page<P = object> = LazyExoticComponent<ComponentType<P>>;
type Icon = ComponentType<{ size?: number }>;

/** A tab of the student page, offered by whichever area owns what it shows. */
export interface StudentTab {
  /** in the URL (?tab=…) and the test id */
  value: string;
  /** an i18n key with its namespace, e.g. 'students:tabs.info' */
  label: string;
  icon: Icon;
  panel: Page<{ student: Student }>;
  /** the contract method whose roles decide who sees the tab */
  needs: MethodName;
}

/** How the audit log shows a kind of record an area owns (its `entity` in the log). */
export interface AuditedRecord {
  /** where the record is shown: `:id` stands for its id; null when it has no page */
  page: string | null;
  /** the i18n namespace whose `fields.<key>` label its logged fields */
  texts: string;
}

/** A card of the home page, offered by whichever area owns what it shows. */
export interface HomeCard {
  /** the test id (home-card-…) and React key */
  key: string;
  card: Page;
  /** the contract method whose roles decide who sees the card (usually the one it reads) */
  needs: MethodName;
  /** where it goes on the page: lower first, whichever area it comes from */
  order: number;
}

/**
 * One area of the UI (register, check-ins, allowances…): its pages, its entry in the side
 * navigation, its tabs on the student page, its cards on the home page and its texts. Added to the list in ./areas.ts.
 * Pages load when first opened, so the first screen stays quick on a phone over Wi-Fi.
 */
export interface RendererArea<Texts extends Record<string, object> = Record<string, object>> {
  /** routes under the app shell, e.g. 'students/*' */
  routes: { path: string; page: Page }[];
  nav?: { to: string; label: string; icon: Icon; needs: MethodName };
  studentTabs?: StudentTab[];
  homeCards?: HomeCard[];
  /** the kinds of record its writes log, by entity code (labels in electron/contract/labels.ts) */
  auditRecords?: Record<string, AuditedRecord>;
  /** i18n namespaces, the same keys in both languages */
  texts: { zh: Texts; en: Texts };
}

/** A page loaded when first shown, from a module's named export: `later(() => import('./X'), 'X')`. */
export function later<P extends object, M extends Record<K, ComponentType<P>>, K extends string>(load: () => Promise<M>, name: K): Page<P> {
  return lazy(async () => ({ default: (await load())[name] }));
}
