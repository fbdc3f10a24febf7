"""The workflow dialogs: new referral, sign and close a contract, record a session, change a condition."""
