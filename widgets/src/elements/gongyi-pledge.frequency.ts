import { css, html, type TemplateResult } from 'lit';

/** Strings of the once / monthly choice. */
export interface FrequencyMessages {
  frequency: string;
  once: string;
  monthly: string;
  /** What monthly means: the same gift each month, stopped any time from the donor's own link. */
  monthlyHint: string;
}

/**
 * "单次 / 每月", shown where the campaign offers monthly giving: native radios in a fieldset, so
 * the arrow keys move between them and a screen reader names the group and says "1 of 2"; each
 * label is the whole target (60 px in elder mode, like the tiers).
 */
export const frequencyChoice = (
  t: FrequencyMessages,
  monthly: boolean,
  choose: (monthly: boolean) => void,
): TemplateResult =>
  html`<fieldset class="frequency" part="frequency" aria-describedby="frequency-hint">
      <legend>${t.frequency}</legend>
      ${[false, true].map(
        (m) => html`<label class="seg"
          ><input type="radio" name="frequency" value=${m ? 'monthly' : 'once'} .checked=${monthly === m} @change=${() => choose(m)} />${
            m ? t.monthly : t.once
          }</label
        >`,
      )}
    </fieldset>
    <p class="hint" id="frequency-hint">${t.monthlyHint}</p>`;

/** A segmented look for the radios: the chosen one framed in the accent colour, as a pressed tier is. */
export const frequencyStyles = css`
  label.seg {
    flex-direction: row;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    min-width: 6em;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label.seg:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  /* The ring goes around the whole label, the target the donor sees. */
  label.seg:has(:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  label.seg input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0;
    accent-color: var(--_accent);
    outline: none;
  }
  .frequency + .hint {
    margin-top: -0.5em;
  }
`;
