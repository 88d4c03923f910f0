// LineEditing module: see ARCHITECTURE.md
