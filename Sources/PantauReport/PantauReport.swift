// PantauReport — see ../shared/ARCHITECTURE.md for its job.
