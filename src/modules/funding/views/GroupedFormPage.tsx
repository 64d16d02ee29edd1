/** A kit form page whose fields come in groups under headings (a call and its first lot; a report's indicators and spending). */
import { Fragment, type ComponentChildren } from 'preact';
import { Fields, FormPage, type FieldSpec } from '../../../platform/kit/index.ts';
import type { FormPageProps } from '../../../platform/kit/pages.tsx';

export interface FieldGroup {
  heading?: string;
  fields: FieldSpec[];
}

export function GroupedFormPage({
  groups,
  children,
  ...p
}: Omit<FormPageProps, 'fields' | 'children' | 'errorOrder' | 'errorLabels'> & {
  groups: FieldGroup[];
  children?: ComponentChildren;
}) {
  const all = groups.flatMap((g) => g.fields);
  return (
    <FormPage
      {...p}
      errorOrder={all.map((f) => f.name)}
      errorLabels={Object.fromEntries(all.map((f) => [f.name, f.label]))}
    >
      {groups.map((g, i) => (
        <Fragment key={i}>
          {g.heading ? <h2>{g.heading}</h2> : null}
          <Fields fields={g.fields} values={p.values} errors={p.errors} />
        </Fragment>
      ))}
      {children}
    </FormPage>
  );
}
