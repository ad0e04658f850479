import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { ReportPage } from '../ReportPage';
import { FieldGridColumns } from './FieldGrid';
import { REGISTER_SECTIONS } from './registerSections';
import './register.css';

/** `#/print/student/:id[?wholeIds=1]`: one student's 学生信息登记表 on one A4 page, portrait. */
export function RegisterFormReport() {
  const { t } = useTranslation('reports');
  const id = Number(useParams().id);
  const wholeIds = useSearchParams()[0].get('wholeIds') === '1';
  const student = useApi('students.get', { id });
  const s = student.data;
  return (
    <ReportPage
      title={t('register.title')}
      orientation="portrait"
      fileName={[t('register.title'), s?.name].filter(Boolean).join('_')}
      subtitle={s && [s.projectName, s.cohortName, s.majorName, s.className].filter(Boolean).join(' · ')}
      loading={!s}
      error={student.error}
    >
      {s && <RegisterForm student={s} wholeIds={wholeIds} />}
    </ReportPage>
  );
}

function RegisterForm({ student, wholeIds }: { student: Student; wholeIds: boolean }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <table className="report-table register-table" data-testid="register-form">
        <FieldGridColumns />
        {REGISTER_SECTIONS.map(({ key, Section }) => (
          <Section key={key} student={student} wholeIds={wholeIds} />
        ))}
      </table>
      <div className="register-confirm">
        <p>{t('register.confirm')}</p>
        <div className="register-signatures">
          <span>{t('register.studentSignature')}</span>
          <span>{t('register.counsellorSignature')}</span>
          <span>{t('register.signDate')}</span>
        </div>
      </div>
    </>
  );
}
