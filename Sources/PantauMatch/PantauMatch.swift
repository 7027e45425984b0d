// PantauMatch — see ../shared/ARCHITECTURE.md for its job.
