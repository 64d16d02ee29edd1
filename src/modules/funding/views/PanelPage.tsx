/** The panel draw of a call, published with what is needed to re-run it. */
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { SummaryList, Table } from '../../../platform/views/data.tsx';
import { Button, Form, TextArea, TextField } from '../../../platform/views/forms.tsx';
import { canonicalJson } from '../domain.ts';
import { type CallView } from '../presenters.ts';
import { FundingLayout, When } from './components.tsx';

export function PanelPage(props: {
  call: CallView;
  panel:
    | {
        algorithm: string;
        seed: string;
        inputs: { callId: string; closesAt: string; candidates: string[]; size: number };
        drawn_at: Date;
        members: { user_id: string; position: number; name: string; display_name: string | null }[];
      }
    | undefined;
  candidates: { user_id: string; display_name: string }[];
  rerun?: { seed: string; ok: boolean; members: string[]; matches: boolean; seedMatches: boolean; error?: string };
  values: { seed?: string; candidates?: string; size?: string };
}) {
  const { t, locale } = useCtx();
  const { call, panel } = props;
  const nameOf = (id: string) =>
    props.candidates.find((c) => c.user_id === id)?.display_name ??
    panel?.members.find((m) => m.user_id === id)?.display_name ??
    id;
  return (
    <FundingLayout
      title={t('funding.panel.title', { number: call.number })}
      crumbs={[
        [t('funding.calls.title'), '/funding/calls'],
        [call.title, `/funding/calls/${call.id}`],
      ]}
    >
      <h1>{t('funding.panel.title', { number: call.number })}</h1>
      {!panel ? (
        <p>{t('funding.panel.notYet')}</p>
      ) : (
        <>
          <SummaryList
            rows={[
              [t('funding.panel.drawnAt'), <When at={panel.drawn_at} time />],
              [t('funding.panel.algorithm'), <code>{panel.algorithm}</code>],
              [t('funding.panel.seed'), <code class="break">{panel.seed}</code>],
              [t('funding.panel.size'), String(panel.inputs.size)],
              [t('funding.panel.candidates'), String(panel.inputs.candidates.length)],
            ]}
          />
          <Table
            caption={t('funding.panel.members')}
            rows={panel.members}
            rowKey={(m) => m.user_id}
            columns={[
              { header: '№', cell: (m) => String(m.position), numeric: true },
              { header: t('funding.panel.expert'), cell: (m) => m.display_name ?? m.name },
            ]}
          />
          <h2>{t('funding.panel.howTitle')}</h2>
          <ol>
            <li>{t('funding.panel.how1')}</li>
            <li>{t('funding.panel.how2')}</li>
            <li>{t('funding.panel.how3')}</li>
          </ol>
          <h3>{t('funding.panel.inputsTitle')}</h3>
          <pre
            class="code"
            tabIndex={0}
            aria-label={t('funding.panel.inputsTitle')}
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {canonicalJson(panel.inputs)}
          </pre>
          <p>
            <a href={`/api/v1/funding/calls/${call.id}/panel`}>{t('funding.panel.json')}</a>
          </p>

          <h2 id="rerun">{t('funding.panel.rerunTitle')}</h2>
          <p>{t('funding.panel.rerunHint')}</p>
          <Form action={localHref(locale, `/funding/calls/${call.id}/panel`)} method="get">
            <TextField
              name="seed"
              label={t('funding.panel.seed')}
              value={props.values.seed ?? panel.seed}
              spellcheck={false}
            />
            <TextArea
              name="candidates"
              label={t('funding.panel.candidateIds')}
              hint={t('funding.panel.candidateIdsHint')}
              rows={6}
              value={props.values.candidates ?? panel.inputs.candidates.join('\n')}
            />
            <TextField
              name="size"
              label={t('funding.panel.size')}
              width="short"
              inputmode="numeric"
              value={props.values.size ?? String(panel.inputs.size)}
            />
            <Button>{t('funding.panel.rerun')}</Button>
          </Form>
          {props.rerun ? (
            <section class="panel-box" aria-labelledby="rerun-result" id="rerun-result-box">
              <h3 id="rerun-result">{t('funding.panel.rerunResult')}</h3>
              {props.rerun.error ? (
                <p>{t(props.rerun.error)}</p>
              ) : (
                <>
                  <ol>
                    {props.rerun.members.map((id) => (
                      <li key={id}>
                        {nameOf(id)} <code>{id}</code>
                      </li>
                    ))}
                  </ol>
                  <p>
                    <strong>{props.rerun.matches ? t('funding.panel.matches') : t('funding.panel.differs')}</strong>
                  </p>
                  <p>{props.rerun.seedMatches ? t('funding.panel.seedMatches') : t('funding.panel.seedDiffers')}</p>
                </>
              )}
            </section>
          ) : null}
        </>
      )}
    </FundingLayout>
  );
}
