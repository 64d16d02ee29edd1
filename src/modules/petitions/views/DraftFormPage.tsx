import { areas } from '../../../reference/index.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import {
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
  type FormValues,
} from '../../../platform/views/forms.tsx';
import { Layout } from '../../../platform/views/Layout.tsx';
import { ADDRESSEE_CODES, type Status } from '../domain.ts';
import { addresseeName } from '../presenters.ts';
import { DRAFT_FIELDS } from '../schemas.ts';
import { StatusTag } from './components.tsx';

export interface SimilarItem {
  id: string;
  title: string;
  status: Status;
  signature_count: number;
  addressee_code: string;
}

/** Similar initiatives already collecting or answered: join one instead of filing a duplicate. */
export function SimilarList({ items, checked }: { items: SimilarItem[]; checked: boolean }) {
  const { t, locale } = useCtx();
  if (!checked) return null;
  return (
    <section aria-labelledby="similar-title" class={items.length ? 'warning' : 'notice'}>
      <h2 id="similar-title">{t('petitions.similar.title')}</h2>
      {items.length ? (
        <>
          <p>{t('petitions.similar.lead')}</p>
          <ul>
            {items.map((s) => (
              <li key={s.id}>
                <a href={localHref(locale, `/initiatives/${s.id}`)}>{s.title}</a> <StatusTag status={s.status} />{' '}
                {t('petitions.similar.meta', {
                  addressee: addresseeName(s.addressee_code, locale),
                  count: formatNumber(s.signature_count, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('petitions.similar.none')}</p>
      )}
    </section>
  );
}

export function DraftFormPage(p: {
  id?: string;
  version?: number;
  values: FormValues;
  errors: FieldErrors;
  similar: SimilarItem[];
  checked: boolean;
}) {
  const { t, locale } = useCtx();
  const title = p.id ? t('petitions.draft.editTitle') : t('petitions.draft.newTitle');
  const s = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined);
  const action = localHref(locale, p.id ? `/initiatives/${p.id}/edit` : '/initiatives/new');
  return (
    <Layout
      title={title}
      hasErrors={Object.keys(p.errors).length > 0}
      crumbs={[[t('petitions.list.title'), '/initiatives']]}
    >
      <ErrorSummary errors={p.errors} order={DRAFT_FIELDS} />
      <h1>{title}</h1>
      <p class="lead">{t('petitions.draft.lead')}</p>
      <SimilarList items={p.similar} checked={p.checked} />
      <Form action={action}>
        {p.version !== undefined ? <input type="hidden" name="version" value={String(p.version)} /> : null}
        <TextField
          name="title"
          label={t('petitions.field.title')}
          hint={t('petitions.draft.titleHint')}
          value={s('title')}
          error={p.errors.title}
          required
        />
        <TextArea
          name="body"
          label={t('petitions.field.body')}
          hint={t('petitions.draft.bodyHint')}
          value={s('body')}
          error={p.errors.body}
          rows={12}
          required
        />
        <SelectField
          name="addressee"
          label={t('petitions.field.addressee')}
          hint={t('petitions.draft.addresseeHint')}
          value={s('addressee')}
          error={p.errors.addressee}
          emptyOption={t('petitions.draft.choose')}
          options={ADDRESSEE_CODES.map((c) => ({ value: c, label: addresseeName(c, locale) }))}
          required
        />
        <SelectField
          name="area"
          label={t('petitions.field.area')}
          value={s('area')}
          error={p.errors.area}
          emptyOption={t('petitions.draft.choose')}
          options={areas.map((a) => ({ value: a.code, label: a.name[locale] }))}
          required
        />
        <SelectField
          name="language"
          label={t('petitions.field.language')}
          value={s('language') ?? locale}
          error={p.errors.language}
          options={(['kk', 'ru', 'en'] as const).map((l) => ({ value: l, label: t(`petitions.language.${l}`) }))}
          required
        />
        <div class="button-row">
          <Button name="action" value="check" variant="secondary">
            {t('petitions.draft.check')}
          </Button>
          <Button name="action" value="save">
            {t('petitions.draft.save')}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}
