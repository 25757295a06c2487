/**
 * A console view whose items are edited one at a time in a `form.editor` (<admin-projects>,
 * <admin-campaigns>, <admin-project-timeline>): which item is open ('new' for the add form), focus
 * on its first control when it opens and back on the button that opened it when it closes,
 * Escape to close.
 */
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ConsoleView } from './console-view.js';

export abstract class EditorView<M, T extends { id: string }> extends ConsoleView<M> {
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    editing: { state: true },
  };
  /** The item in the editor: 'new', a saved item, or none. */
  declare protected editing: T | 'new' | undefined;
  /** The button that opens the editor for a new item (focus returns there after it). */
  protected readonly newButton: string = 'button.create';

  protected openEditor(item: T | 'new'): void {
    this.clearErrors();
    this.editing = item;
    void this.focusAfterRender('form.editor input, form.editor select');
  }

  protected closeEditor(): void {
    const id = this.editing === 'new' ? undefined : this.editing?.id;
    this.editing = undefined;
    this.clearErrors();
    // Back to where the staff member came from: the item's edit button (data-edit), or the new-item one.
    void this.focusAfterRender(...(id ? [`button[data-edit="${CSS.escape(id)}"]`] : []), this.newButton);
  }

  /** An item's edit button (screen readers hear "label: name"); closing the editor brings focus back to it. */
  protected renderEditButton(item: T, name: string, label: string): TemplateResult {
    return html`<button type="button" data-edit=${item.id} aria-label=${`${label}: ${name}`} @click=${() => this.openEditor(item)}>${label}</button>`;
  }

  /** The editor's save button (disabled and saying so while saving) and its cancel button. */
  protected renderEditorActions(labels: { save: string; saving: string; cancel: string }): TemplateResult {
    return html`<div class="actions">
      <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? labels.saving : labels.save}</button>
      <button type="button" @click=${() => this.closeEditor()}>${labels.cancel}</button>
    </div>`;
  }

  protected onEditorKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // an editor inside another (a project's timeline) closes alone
      this.closeEditor();
    }
  }
}
