/** A lot of a call, with the form to apply to it. */
import { DetailPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Table } from '../../../platform/views/data.tsx';
import { Button, Form, SelectField } from '../../../platform/views/forms.tsx';
import { almatyClock, type Window } from '../domain.ts';
import { bodyName, type BodyView, type CallView, type LotView } from '../presenters.ts';
import { Money, Status, useNames, When } from './components.tsx';

export function LotPage({
  lot,
  call,
  body,
  canApply,
  orgs,
  window,
  topic,
}: {
  lot: LotView;
  call: CallView;
  body: BodyView | undefined;
  canApply: boolean;
  orgs: { bin: string; name: string }[];
  window: Window;
  topic?: { id: string; title: string; plan_id: string };
}) {
  const { t, locale } = useCtx();
  const names = useNames();
  return (
    <DetailPage
      title={lot.title}
      crumbs={[
        [t('funding.title'), '/funding'],
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
      summary={[
        [
          t('funding.lot.call'),
          <a href={localHref(locale, `/funding/calls/${call.id}`)}>
            {call.number} — {call.title}
          </a>,
        ],
        [t('funding.call.body'), bodyName(body, locale)],
        [t('funding.call.status'), <Status value={call.status} />],
        [t('funding.lot.region'), names.region(lot.region) || t('funding.national')],
        [t('funding.lot.area'), names.area(lot.area)],
        [t('funding.lot.budget'), <Money tiyn={lot.budget_tiyn} />],
        [t('funding.lot.duration'), t('funding.months', { count: lot.duration_months })],
        ...(lot.grant_type
          ? [[t('funding.lot.grantType'), t(`funding.grantType.${lot.grant_type}`)] as [string, any]]
          : []),
        ...(lot.prize_tiyn
          ? [
              [t('funding.lot.prize'), <Money tiyn={lot.prize_tiyn} />] as [string, any],
              [t('funding.lot.splitRule'), t(`funding.splitRule.${lot.split_rule}`)] as [string, any],
            ]
          : []),
        [
          t('funding.call.period'),
          <>
            <When at={call.opens_at} time /> — <When at={call.closes_at} time />
          </>,
        ],
        ...(topic
          ? [
              [
                t('funding.lot.topic'),
                <a href={localHref(locale, `/funding/plans/${topic.plan_id}`)}>{topic.title}</a>,
              ] as [string, any],
            ]
          : []),
      ]}
    >
      {lot.description ? <p class="prose">{lot.description}</p> : null}
      <h2>{t('funding.lot.expectedResults')}</h2>
      <p class="prose">{lot.expected_results || '—'}</p>
      {lot.indicators.length ? (
        <Table
          caption={t('funding.lot.indicators')}
          rows={lot.indicators}
          rowKey={(i) => i.name}
          columns={[
            { header: t('funding.indicator.name'), cell: (i) => i.name },
            { header: t('funding.indicator.unit'), cell: (i) => i.unit },
            { header: t('funding.indicator.target'), cell: (i) => String(i.target), numeric: true },
          ]}
        />
      ) : null}
      <h2>{t('funding.lot.applyHeading')}</h2>
      {call.status === 'published' && window === 'open' ? (
        canApply ? (
          <Form action={localHref(locale, `/funding/lots/${lot.id}/apply`)}>
            <SelectField
              name="bin"
              label={t('funding.lot.applyAs')}
              options={orgs.map((o) => ({ value: o.bin, label: `${o.name} (${o.bin})` }))}
              value={orgs[0]?.bin}
              required
            />
            <SelectField
              name="language"
              label={t('funding.app.language')}
              options={[
                { value: 'kk', label: 'Қазақша' },
                { value: 'ru', label: 'Русский' },
              ]}
              value={locale === 'ru' ? 'ru' : 'kk'}
              required
            />
            <Button>{t('funding.lot.apply')}</Button>
          </Form>
        ) : (
          <p>{t('funding.lot.applyHint')}</p>
        )
      ) : (
        <p>
          {t(window === 'not_open' && call.status === 'published' ? 'funding.lot.notOpenYet' : 'funding.lot.closed', {
            closes: almatyClock(new Date(call.closes_at)),
          })}
        </p>
      )}
    </DetailPage>
  );
}
