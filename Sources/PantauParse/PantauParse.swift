// PantauParse — see ../shared/ARCHITECTURE.md for its job.
