import { formatDate } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Tag } from '../../../platform/views/data.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextArea,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import type { InitiativeView } from '../presenters.ts';
import { RadioGroup } from '../../../platform/kit/index.ts';
import { OverdueTag } from './components.tsx';

const PRE = 'white-space: pre-wrap; overflow-wrap: anywhere;';

/** The addressee's answer: public once given; the officials' form while the initiative is under review. */
export function AnswerPage(p: { v: InitiativeView; canAnswer: boolean; values: FormValues; errors: FieldErrors }) {
  const { t, locale } = useCtx();
  const r = p.v.initiative;
  const date = (d: Date | string | null) => (d ? formatDate(d, locale) : '—');
  return (
    <Layout
      title={t('petitions.answer.pageTitle', { title: r.title })}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[
        [t('petitions.list.title'), '/initiatives'],
        [r.title, `/initiatives/${r.id}`],
      ]}
    >
      <ErrorSummary errors={p.errors} order={['decision', 'answer']} />
      <h1>{t('petitions.answer.heading', { body: p.v.addressee })}</h1>
      <p class="lead">
        <a href={localHref(locale, `/initiatives/${r.id}`)} lang={r.language}>
          {r.title}
        </a>
      </p>
      {r.answer_due ? (
        <p>
          {t('petitions.field.answerDue')}: {date(r.answer_due)} {p.v.answerOverdue ? <OverdueTag /> : null}
          {p.v.onTime === null ? null : (
            <>
              {' '}
              <Tag tone={p.v.onTime ? 'green' : 'red'}>{t(p.v.onTime ? 'petitions.onTime' : 'petitions.late')}</Tag>
            </>
          )}
        </p>
      ) : null}
      {r.status === 'answered' ? (
        <>
          <h2>{t('petitions.answer.decisionTitle')}</h2>
          <p>
            <Tag tone={r.answer_decision === 'declined' ? 'red' : 'green'}>
              {t(`petitions.decision.${r.answer_decision}`)}
            </Tag>
          </p>
          <h2>{t('petitions.answer.title')}</h2>
          <p style={PRE}>{r.answer_text}</p>
          <p class="hint">
            {t('petitions.answer.by', {
              name: r.answered_by_name ?? '',
              body: p.v.addressee,
              date: date(r.answered_at),
            })}
          </p>
        </>
      ) : p.canAnswer ? (
        <Form action={localHref(locale, `/initiatives/${r.id}/answer`)}>
          <input type="hidden" name="version" value={String(r.version)} />
          <RadioGroup
            name="decision"
            legend={t('petitions.answer.decisionTitle')}
            value={p.values.decision as string | undefined}
            error={p.errors.decision}
            options={(['accepted', 'partly', 'declined'] as const).map((d) => ({
              value: d,
              label: t(`petitions.decision.${d}`),
            }))}
          />
          <TextArea
            name="answer"
            label={t('petitions.answer.text')}
            hint={t('petitions.answer.textHint')}
            value={p.values.answer as string | undefined}
            error={p.errors.answer}
            rows={10}
            required
          />
          <Button>{t('petitions.answer.send')}</Button>
        </Form>
      ) : (
        <p>{t('petitions.answer.notYet')}</p>
      )}
    </Layout>
  );
}
