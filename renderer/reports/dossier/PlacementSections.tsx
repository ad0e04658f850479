import { useTranslation } from 'react-i18next';
import type { DossierFollowUp } from '../../../electron/contract/dossiers';
import type { Internship } from '../../../electron/contract/internships';
import type { InternshipVisit } from '../../../electron/contract/internshipVisits';
import type { Placement } from '../../../electron/contract/placements';
import { today, yuan } from '../../format';
import type { ReportColumn } from '../ReportTable';
import { FieldGridColumns, FieldGridSection, type GridField } from '../student/FieldGrid';
import { EmptySection, SectionTable } from './parts';

/** 实习, newest first: where, when, for what pay, and whether a work placement had its papers. */
export function InternshipsSection({ internships }: { internships: readonly Internship[] }) {
  const { t } = useTranslation('dossier');
  const title = t('sections.internships');
  if (internships.length === 0) return <EmptySection title={title} message={t('internships.none')} testId="dossier-internships" />;
  const papers = (i: Internship) => {
    if (i.kind === 'recognition') return t('internships.notNeeded');
    if (i.missingDocuments.length === 0) return t('internships.complete');
    return t('internships.missing', { docs: i.missingDocuments.map((d) => t(`document.${d}`)).join(t('sep')) });
  };
  const columns: ReportColumn<Internship>[] = [
    { key: 'kind', header: t('internships.kind'), weight: 13, cell: (i) => t(`kind.${i.kind}`) },
    { key: 'company', header: t('internships.company'), weight: 27, cell: (i) => i.companyName },
    { key: 'position', header: t('internships.position'), weight: 16, cell: (i) => [i.position, i.city].filter(Boolean).join(' / ') },
    {
      key: 'dates',
      header: t('internships.dates'),
      weight: 17,
      className: 'report-num',
      cell: (i) => (i.endDate ? t('internships.period', { from: i.startDate, to: i.endDate }) : t('internships.since', { from: i.startDate })),
    },
    { key: 'pay', header: t('internships.pay'), weight: 11, className: 'report-num dossier-amount', cell: (i) => yuan(i.monthlyPayFen) },
    { key: 'documents', header: t('internships.documents'), weight: 16, cell: papers },
  ];
  return <SectionTable title={title} columns={columns} rows={internships} rowKey={(i) => i.id} testId="dossier-internships" keep />;
}

/** The school supervisors' visits, newest first: when, to which host, how, by whom and what they found. */
export function VisitsSection({ visits, internships }: { visits: readonly InternshipVisit[]; internships: readonly Internship[] }) {
  const { t } = useTranslation('dossier');
  const host = new Map(internships.map((i) => [i.id, i.companyName]));
  const columns: ReportColumn<InternshipVisit>[] = [
    { key: 'date', header: t('visits.date'), weight: 12, cell: (v) => v.visitedOn },
    { key: 'company', header: t('visits.company'), weight: 24, cell: (v) => host.get(v.internshipId) ?? '' },
    { key: 'how', header: t('visits.how'), weight: 10, cell: (v) => t(`visitMethod.${v.method}`) },
    { key: 'visitor', header: t('visits.visitor'), weight: 11, cell: (v) => v.visitor },
    { key: 'rating', header: t('visits.rating'), weight: 9, cell: (v) => (v.rating ? t(`visitRating.${v.rating}`) : '') },
    { key: 'findings', header: t('visits.findings'), weight: 34, cell: (v) => v.findings },
  ];
  return <SectionTable title={t('sections.visits')} columns={columns} rows={visits} rowKey={(v) => v.id} testId="dossier-visits" keep />;
}

/** 就业去向 as a form of labelled values, laid out as the 登记表's sections are; a graduate without one is said to have none yet. */
export function PlacementSection({ placement }: { placement: Placement | null }) {
  const { t } = useTranslation('dossier');
  const title = t('sections.placement');
  if (!placement) return <EmptySection title={title} message={t('placement.none')} testId="dossier-placement" />;
  const p = placement;
  const yesNo = (v: boolean) => (v ? t('yes') : t('no'));
  const fields: GridField[] = [
    { key: 'outcome', label: t('placement.outcome'), value: t(`outcome.${p.outcome}`), span: 2 },
    { key: 'destination', label: t('placement.destination'), value: t(`destination.${p.destination}`) },
    { key: 'employer', label: t('placement.employer'), value: p.companyName, span: 2 },
    { key: 'industry', label: t('placement.industry'), value: p.industry },
    { key: 'position', label: t('placement.position'), value: p.position },
    { key: 'place', label: t('placement.place'), value: [p.province, p.city].filter(Boolean).join(' ') },
    { key: 'relatedToMajor', label: t('placement.relatedToMajor'), value: yesNo(p.relatedToMajor) },
    { key: 'startDate', label: t('placement.startDate'), value: p.startDate },
    { key: 'salary', label: t('placement.salary'), value: yuan(p.monthlySalaryFen) },
    { key: 'contractKind', label: t('placement.contractKind'), value: p.contractKind && t(`contractKind.${p.contractKind}`) },
    { key: 'socialInsurance', label: t('placement.socialInsurance'), value: yesNo(p.socialInsurance) },
    { key: 'channel', label: t('placement.channel'), value: p.channel && t(`channel.${p.channel}`) },
    { key: 'notes', label: t('placement.notes'), value: p.notes, span: 3 },
  ];
  return (
    <div className="dossier-section dossier-keep" data-testid="dossier-placement">
      <table className="report-table register-table dossier-fields">
        <FieldGridColumns />
        <FieldGridSection title={title} fields={fields} />
      </table>
    </div>
  );
}

/** 跟踪回访 at each point: what was found, or whether it is still to come or overdue. */
export function FollowUpsSection({ followUps }: { followUps: readonly DossierFollowUp[] }) {
  const { t } = useTranslation('dossier');
  const title = t('sections.followUps');
  if (followUps.every((f) => f.dueOn === null && !f.done)) return <EmptySection title={title} message={t('followUps.noStart')} testId="dossier-follow-ups" />;
  const now = today();
  const employment = (f: DossierFollowUp) => {
    if (!f.done) return f.dueOn !== null && f.dueOn <= now ? t('followUps.notDone') : t('followUps.notDue');
    if (!f.done.stillEmployed) return t('followUps.left');
    return f.done.sameEmployer ? t('followUps.stillThere') : t('followUps.moved');
  };
  const columns: ReportColumn<DossierFollowUp>[] = [
    { key: 'point', header: t('followUps.point'), weight: 10, className: 'report-center', cell: (f) => t('followUps.months', { count: f.point }) },
    { key: 'dueOn', header: t('followUps.dueOn'), weight: 13, className: 'report-num', cell: (f) => f.dueOn },
    { key: 'doneOn', header: t('followUps.doneOn'), weight: 13, className: 'report-num', cell: (f) => f.done?.doneOn },
    { key: 'employed', header: t('followUps.employed'), weight: 17, cell: employment },
    { key: 'employer', header: t('followUps.employer'), weight: 20, cell: (f) => f.done?.companyName },
    { key: 'salary', header: t('followUps.salary'), weight: 11, className: 'report-num dossier-amount', cell: (f) => yuan(f.done?.monthlySalaryFen ?? null) },
    { key: 'notes', header: t('followUps.notes'), weight: 16, cell: (f) => [f.done?.changeReason, f.done?.notes].filter(Boolean).join(t('sep')) },
  ];
  return <SectionTable title={title} columns={columns} rows={followUps} rowKey={(f) => f.point} testId="dossier-follow-ups" keep />;
}
