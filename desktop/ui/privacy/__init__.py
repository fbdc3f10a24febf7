"""Admin views for the data's whole life: the retention plan and its confirmation."""
