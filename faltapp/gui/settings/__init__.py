"""The parts of Inställningar (:mod:`faltapp.gui.settings_dialog`): places, staff, language."""
