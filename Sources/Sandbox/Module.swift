// Sandbox module: see ARCHITECTURE.md
