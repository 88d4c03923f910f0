print("pgcoach skeleton")
