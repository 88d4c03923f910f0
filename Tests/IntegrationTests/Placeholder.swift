// Server-backed suites live here.
