// PostgresClient module: see ARCHITECTURE.md
