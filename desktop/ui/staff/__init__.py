"""Staff: the keyworker picker on the caseload, the sign-in notice of new assignments, the Users window."""
