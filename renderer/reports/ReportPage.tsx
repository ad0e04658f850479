import { Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../api/client';
import { useCurrentUser, useSchoolName } from '../auth/session';
import { currentLocale } from '../i18n';
import { pageRules, type Orientation } from './pageRules';
import { printsThroughDesktop, usePrintReport } from './usePrintReport';
import './report.css';

interface ReportPageProps {
  title: string;
  orientation: Orientation;
  /** the name a saved PDF is offered under (and the page's title, which a browser's Save as PDF takes) */
  fileName: string;
  /** under the title: what the report covers */
  subtitle?: ReactNode;
  /** under the subtitle, in bold: a warning the paper must carry */
  note?: ReactNode;
  /** the 制表人 of the margins when the paper has its own (a batch's preparer); the signed-in user otherwise */
  madeBy?: string | null;
  /** the report's data is still on its way */
  loading: boolean;
  error: ApiError | null;
  children?: ReactNode;
}

/**
 * One printed report: the school's name and the title on top, the content, and on every page
 * 制表人 (the signed-in user, or the paper's own), 第 N 页 共 M 页 and 打印日期 in the bottom margin.
 * On screen it is a preview under a toolbar; the desktop app prints it from a hidden window once it
 * says it is drawn.
 */
export function ReportPage({ title, orientation, fileName, subtitle, note, madeBy, loading, error, children }: ReportPageProps) {
  const { t } = useTranslation('reports');
  const school = useSchoolName();
  const user = useCurrentUser();
  const date = useMemo(() => new Date().toLocaleDateString(currentLocale(), { year: 'numeric', month: 'long', day: 'numeric' }), []);
  const margins = {
    pageOf: t('pageOf', { skipInterpolation: true }),
    madeBy: t('madeBy', { name: madeBy ?? user.displayName }),
    printedOn: t('printedOn', { date }),
    runningHead: school ? t('runningHead', { school, title }) : title,
  };
  useReportReady(!loading, error);
  useDocumentTitle(fileName);

  return (
    <div className="report-body">
      <style>{pageRules(orientation, margins)}</style>
      <ReportToolbar orientation={orientation} fileName={fileName} />
      <main className="report-sheet" lang={currentLocale()} data-orientation={orientation} data-testid="report">
        <header className="report-heading">
          {school && <div className="report-school">{school}</div>}
          <h1 className="report-title">{title}</h1>
          {subtitle && <div className="report-subtitle">{subtitle}</div>}
          {note && <div className="report-note">{note}</div>}
        </header>
        {error ? (
          <div className="report-message" data-testid="report-error">
            {t('failed', { message: error.fields[0]?.message ?? error.message })}
          </div>
        ) : loading ? (
          <div className="report-message">{t('loading')}</div>
        ) : (
          children
        )}
        <footer className="report-screen-footer">
          <span>{margins.madeBy}</span>
          <span>{margins.printedOn}</span>
        </footer>
      </main>
    </div>
  );
}

function ReportToolbar({ orientation, fileName }: { orientation: Orientation; fileName: string }) {
  const { t } = useTranslation('reports');
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const { print, busy } = usePrintReport();
  // Opened from a page of the app, back goes there; opened by its address, to the register.
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/students'));
  const path = pathname + search;
  return (
    <Group className="report-toolbar" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={back} data-testid="report-back">
          {t('toolbar.back')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('toolbar.hint', { orientation: t(`toolbar.${orientation}`) })}
        </Text>
      </Group>
      {printsThroughDesktop() ? (
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} disabled={busy === 'print'} onClick={() => void print('pdf', path, fileName)}>
            {t('toolbar.savePdf')}
          </Button>
          <Button leftSection={<IconPrinter size={16} />} loading={busy === 'print'} disabled={busy === 'pdf'} onClick={() => void print('print', path, fileName)}>
            {t('toolbar.printDesktop')}
          </Button>
        </Group>
      ) : (
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()} data-testid="report-print">
          {t('toolbar.print')}
        </Button>
      )}
    </Group>
  );
}

/**
 * Says when the report is drawn: its data in and its fonts loaded (a font still loading would print
 * as a fallback). The desktop app's hidden window waits for this word before printing; tests wait
 * for the attribute.
 */
function useReportReady(done: boolean, error: ApiError | null) {
  useEffect(() => {
    if (!done && !error) return;
    let current = true;
    void document.fonts.ready.then(() => {
      if (!current) return;
      document.documentElement.dataset.report = error ? 'failed' : 'ready';
      void window.bangfu?.reportReady(error ? { ok: false, message: error.fields[0]?.message ?? error.message } : { ok: true });
    });
    return () => {
      current = false;
      delete document.documentElement.dataset.report;
    };
  }, [done, error]);
}

/** A browser's Save as PDF names the file after the page's title. */
function useDocumentTitle(title: string) {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
