import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Dossier } from '../../../electron/contract/dossiers';
import { useApi } from '../../api/hooks';
import { useSchoolName } from '../../auth/session';
import { cssString } from '../pageRules';
import { readDossierParams } from '../paths';
import { ReportPage } from '../ReportPage';
import { AllowancesSection } from './AllowancesSection';
import { CheckinsSection } from './CheckinsSection';
import { FollowUpsSection, InternshipsSection, PlacementSection, VisitsSection } from './PlacementSections';
import { HistorySection, ProfileSection, StudentHeading } from './ProfileSections';
import './dossier.css';

/**
 * `#/print/dossier?ids=1,2` or `?classId=7`: each student's 个人档案, A4 portrait, every student from
 * a new page. The data is read afresh each time: every print is in the audit log.
 */
export function DossierReport() {
  const { t } = useTranslation('dossier');
  const subject = readDossierParams(useSearchParams()[0]);
  const result = useApi('dossiers.get', 'classId' in subject ? { classId: subject.classId } : { studentIds: [...subject.ids] }, { staleTime: 0, gcTime: 0 });
  const data = result.data;
  const single = data?.dossiers.length === 1 && data.className === null ? data.dossiers[0].student : null;
  return (
    <ReportPage
      title={t('title')}
      orientation="portrait"
      fileName={[t('title'), data?.className ?? single?.name].filter(Boolean).join('_')}
      subtitle={data?.className && t('classSubtitle', { className: data.className, count: data.dossiers.length })}
      loading={!data}
      error={result.error}
    >
      {data &&
        (data.dossiers.length === 0 ? (
          <div className="report-message">{t('empty')}</div>
        ) : (
          <>
            <PageNames dossiers={data.dossiers} />
            {data.dossiers.map((d) => (
              <StudentDossier key={d.student.id} dossier={d} />
            ))}
          </>
        ))}
    </ReportPage>
  );
}

const pageName = (d: Dossier) => `dossier-${d.student.id}`;

/**
 * Whose dossier a page belongs to, in the running head of every page but the first: each student's
 * pages are a named page of their own (a change of page name also starts a new sheet). The report's
 * heading shares the first student's; the document's own name is the last student's, so whatever
 * the app keeps after the report (a notification's container) does not start one more, empty, page.
 * A named page's rule outweighs the report's own `@page :first`, so the first page is cleared
 * again under its name.
 */
function PageNames({ dossiers }: { dossiers: readonly Dossier[] }) {
  const { t } = useTranslation('dossier');
  const { t: tr } = useTranslation('reports');
  const school = useSchoolName();
  const head = (d: Dossier) => {
    const title = `${t('title')} · ${d.student.name}`;
    return cssString(school ? tr('runningHead', { school, title }) : title);
  };
  const rules = [
    `html { page: ${pageName(dossiers.at(-1)!)}; }`,
    `.report-heading { page: ${pageName(dossiers[0])}; }`,
    ...dossiers.map((d) => `@page ${pageName(d)} { @top-center { content: ${head(d)}; } }`),
    `@page ${pageName(dossiers[0])}:first { @top-center { content: none; } }`,
  ];
  return <style>{rules.join('\n')}</style>;
}

function StudentDossier({ dossier }: { dossier: Dossier }) {
  const { student } = dossier;
  return (
    <section className="dossier-student" style={{ page: pageName(dossier) }} data-testid="dossier-student">
      <StudentHeading student={student} />
      <ProfileSection student={student} />
      <HistorySection history={dossier.history} />
      <CheckinsSection checkins={dossier.checkins} missedMonths={dossier.missedMonths} />
      <AllowancesSection years={dossier.allowances} />
      <InternshipsSection internships={dossier.internships} />
      {dossier.visits.length > 0 && <VisitsSection visits={dossier.visits} internships={dossier.internships} />}
      {/* Where a student went is recorded once they graduate or complete: not asked of anyone else. */}
      {(dossier.placement || student.status === 'graduated' || student.status === 'completed') && <PlacementSection placement={dossier.placement} />}
      {dossier.placement && <FollowUpsSection followUps={dossier.followUps} />}
    </section>
  );
}
