// PGCoachKit module: see ARCHITECTURE.md
