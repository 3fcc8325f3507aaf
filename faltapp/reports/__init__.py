"""PDF reports with reportlab (DESIGN.md §7): shift, week, lägesbild. Nothing here yet. No Qt."""
