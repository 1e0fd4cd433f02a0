// Lots: open one by id, or list them by holder, product and status, a page at a time.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { query } from '../api.ts';
import { Scroll } from '../components/scroll.tsx';
import { Show, useApi } from '../components/states.tsx';
import { useI18n } from '../i18n/index.tsx';
import { mass } from '../format.ts';
import { PRODUCT_CATEGORIES, PRODUCTS } from '../../../src/domain/products.ts';
import { categoryName, productName } from '../products.ts';
import type { Lot } from '../types.ts';

const STATUSES = ['active', 'in_transit', 'exhausted', 'void'];
/** Products picked by name, grouped by category in the catalogue's order. */
const PRODUCTS_BY_CATEGORY = PRODUCT_CATEGORIES.map((category) => ({ category, products: PRODUCTS.filter((p) => p.category === category) })).filter((g) => g.products.length > 0);

export default function Lots() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const [id, setId] = useState('');
  const filter = { holder: search.get('holder') ?? undefined, product: search.get('product') ?? undefined, status: search.get('status') ?? undefined, after: search.get('after') ?? undefined };
  const lots = useApi<{ lots: Lot[]; next?: string }>(`/api/lots${query({ ...filter, limit: 50 })}`);
  const [draft, setDraft] = useState({ holder: filter.holder ?? '', product: filter.product ?? '', status: filter.status ?? '' });

  const open = (event: FormEvent) => {
    event.preventDefault();
    if (id.trim() !== '') navigate(`/lots/${encodeURIComponent(id.trim())}`);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim() !== '') next.set(k, v.trim());
    setSearch(next);
  };
  const page = (after: string) => {
    const next = new URLSearchParams(search);
    next.set('after', after);
    setSearch(next);
  };

  return (
    <section>
      <h1>{t.lots.title}</h1>
      <form className="filters" onSubmit={open} role="search" aria-label={t.lots.search}>
        <label><span>{t.lots.lotId}</span><input value={id} onChange={(e) => setId(e.target.value)} size={40} placeholder="91110000YT00004844:L202402-1" data-testid="lot-id" /></label>
        <button type="submit">{t.lots.open}</button>
      </form>
      <form className="filters" onSubmit={apply} aria-label={t.lots.filter}>
        <label><span>{t.lots.holder}</span><input value={draft.holder} onChange={(e) => setDraft({ ...draft, holder: e.target.value })} size={20} /></label>
        <label><span>{t.lots.product}</span>
          <select value={draft.product} onChange={(e) => setDraft({ ...draft, product: e.target.value })} data-testid="product-filter">
            <option value="">{t.lots.allProducts}</option>
            {PRODUCTS_BY_CATEGORY.map(({ category, products }) => (
              <optgroup key={category} label={categoryName(locale, category)}>
                {products.map((p) => <option key={p.code} value={p.code}>{productName(locale, p.code)}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label><span>{t.lots.status}</span>
          <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">{t.lots.any}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t.lots.statuses[s]}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">{t.lots.filter}</button>
      </form>
      <Show loaded={lots} isEmpty={(d) => d.lots.length === 0}>{(data) => (
        <>
          <Scroll label={t.lots.title}>
            <table data-testid="lots-table">
              <thead><tr><th>{t.lots.id}</th><th>{t.lots.product}</th><th>{t.lots.holder}</th><th className="num">{t.lots.mass}</th><th className="num">{t.lots.remaining}</th><th>{t.lots.status}</th></tr></thead>
              <tbody>
                {data.lots.map((lot) => (
                  <tr key={lot.id}>
                    <td><Link to={`/lots/${encodeURIComponent(lot.id)}`}>{lot.id}</Link></td>
                    <td>{productName(locale, lot.product)}</td>
                    <td>{lot.holderId}</td>
                    <td className="num">{mass(locale, t, lot.massGrams)}</td>
                    <td className="num">{mass(locale, t, lot.massGramsRemaining)}</td>
                    <td>{t.lots.statuses[lot.status] ?? lot.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          {data.next === undefined ? null : <button type="button" className="secondary" onClick={() => page(data.next!)}>{t.state.more}</button>}
        </>
      )}</Show>
    </section>
  );
}
