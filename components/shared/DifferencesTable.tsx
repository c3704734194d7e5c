import type { Difference } from '@/lib/catalogue/schema';
import { useTranslation } from './use-translation';

/**
 * Two columns, the Western platform beside the Chinese one; each aspect heads its own row group so
 * both cells stay wide enough to read in a narrow popup.
 */
export function DifferencesTable({ western, chinese, differences }: { western: string; chinese: string; differences: Difference[] }) {
  const { t } = useTranslation();
  if (differences.length === 0) return <p className="cl-empty">{t('shared.differences.none')}</p>;
  return (
    <table className="cl-differences" data-testid="differences">
      <caption className="cl-visually-hidden">{t('shared.differences.caption', { western, chinese })}</caption>
      <thead>
        <tr>
          <th scope="col">{western}</th>
          <th scope="col">{chinese}</th>
        </tr>
      </thead>
      {differences.map((d) => (
        <tbody key={d.aspect}>
          <tr className="cl-differences__aspect">
            <th scope="rowgroup" colSpan={2}>
              {d.aspect}
            </th>
          </tr>
          <tr>
            <td>{d.western}</td>
            <td>{d.chinese}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
