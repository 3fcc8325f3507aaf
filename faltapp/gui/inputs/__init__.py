"""Input widgets of the editor and dialogs: strict time and date fields, pickers with filter."""
