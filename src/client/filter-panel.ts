/**
 * The filter panel of the search and list pages (src/components/FilterPanel.astro): how many
 * filters are chosen (in the panel's summary), the chosen filters as removable tags above the
 * results, the live result count kept in view while the panel is open, "Show results" that
 * closes the panel and moves to the results, and boxes that narrow long lists as one types.
 * The page's own script owns the state; it calls `show` after each change.
 */
import { normaliseWords } from './search-query.ts';

/** "{n} chosen" with n filled in. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

export interface FilterPanel {
  /** Reflect the form's chosen filters and, once known, the number of results. */
  show: (count?: number) => void;
}

export function startFilterPanel(form: HTMLFormElement): FilterPanel {
  const panel = form.querySelector<HTMLDetailsElement>('[data-filter-panel]');
  const applied = panel?.querySelector<HTMLElement>('[data-applied]');
  const live = panel?.querySelector<HTMLElement>('[data-live-count]');
  const tags = document.querySelector<HTMLUListElement>('[data-chosen]');
  const msg = (el: HTMLElement | null | undefined, key: string) => el?.dataset[key] ?? '';

  for (const box of form.querySelectorAll<HTMLInputElement>('[data-option-filter]')) {
    const holder = box.closest<HTMLElement>('.option-filter');
    const fieldset = box.closest('fieldset');
    const none = holder?.querySelector<HTMLElement>('[data-no-option]');
    if (holder) holder.hidden = false;
    box.addEventListener('input', () => {
      const wanted = normaliseWords(box.value);
      let shown = 0;
      for (const label of fieldset?.querySelectorAll<HTMLLabelElement>('label[data-option-label]') ?? []) {
        const visible = !wanted || normaliseWords(label.dataset['optionLabel'] ?? '').includes(wanted);
        label.hidden = !visible;
        if (visible) shown++;
      }
      if (none) none.hidden = shown > 0;
    });
    // Enter in the narrowing box must not submit the form.
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault();
    });
  }

  form.addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLElement | null;
    const target = submitter?.dataset['showResults'];
    if (!panel || !target) return;
    panel.open = false;
    const results = document.getElementById(target);
    if (results) {
      results.tabIndex = -1;
      results.focus();
    }
  });

  const checked = () => [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
  const keyOf = (box: HTMLInputElement) => `${box.name}:${box.value}`;
  /** After a tag removes its filter, focus goes to the next tag (or the result count) once redrawn. */
  let focusAfter: string | undefined;

  const renderTags = () => {
    if (!tags) return;
    const boxes = checked();
    tags.replaceChildren(
      ...boxes.map((box) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        const label = box.closest<HTMLElement>('label')?.dataset['optionLabel'] ?? box.value;
        const legend = box.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
        button.type = 'button';
        button.className = 'chosen-tag';
        button.textContent = label;
        button.setAttribute(
          'aria-label',
          fill(msg(tags, 'msgRemove'), { label: legend ? `${legend}${msg(tags, 'colon')}${label}` : label }),
        );
        button.dataset['key'] = keyOf(box);
        button.addEventListener('click', () => {
          const next = li.nextElementSibling?.querySelector('button') ?? li.previousElementSibling?.querySelector('button');
          focusAfter = next?.dataset['key'] ?? '';
          box.checked = false;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        });
        li.append(button);
        return li;
      }),
    );
    tags.hidden = boxes.length === 0;
    if (focusAfter !== undefined) {
      const target = focusAfter ? tags.querySelector<HTMLElement>(`button[data-key="${CSS.escape(focusAfter)}"]`) : null;
      (target ?? document.querySelector<HTMLElement>('.result-status'))?.focus();
      focusAfter = undefined;
    }
  };

  return {
    show: (count) => {
      const n = checked().length;
      if (applied) applied.textContent = n === 0 ? msg(panel, 'msgNone') : fill(msg(panel, 'msgApplied'), { n });
      if (live) live.textContent = count === undefined ? '' : fill(msg(panel, 'msgLive'), { n: count });
      renderTags();
    },
  };
}
