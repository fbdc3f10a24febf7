# Welsh for the modules covered so far: desktop/app/*, desktop/ui/unlock.py, desktop/ui/lock.py and the
# compliance levels. Register: the formal "chi" forms of Welsh public services ("Rhowch", "Gwiriwch").
# Terms: passphrase = cyfrinymadrodd, case store = storfa achosion (feminine: "hon"), recovery key = allwedd adfer.
TRANSLATIONS = {
    ("QPlatformTheme", "OK"): "Iawn",
    ("QPlatformTheme", "Cancel"): "Canslo",
    ("QPlatformTheme", "Close"): "Cau",
    ("QPlatformTheme", "Yes"): "Ie",
    ("QPlatformTheme", "No"): "Na",
    ("QPlatformTheme", "Save"): "Cadw",
    ("QPlatformTheme", "Help"): "Cymorth",
    ("Compliance", "On track"): "Ar y trywydd iawn",
    ("Compliance", "At risk"): "Mewn perygl",
    ("Compliance", "Not complying"): "Ddim yn cydymffurfio",
    ("LockScreen", "Locked"): "Wedi'i gloi",
    ("LockScreen", "<h2>Checkpoint Desk is locked</h2>"): "<h2>Mae Checkpoint Desk wedi'i gloi</h2>",
    ("LockScreen", "Signed in as %1.\nEnter your passphrase to carry on where you left off."):
        "Wedi mewngofnodi fel %1.\nRhowch eich cyfrinymadrodd i barhau o'r man lle roeddech chi.",
    ("LockScreen", "Passphrase"): "Cyfrinymadrodd",
    ("LockScreen", "Passphrase for %1"): "Cyfrinymadrodd %1",
    ("LockScreen", "&Unlock"): "&Datgloi",
    ("LockScreen", "&Quit"): "&Gadael",
    ("LockScreen", "1 unsaved edit kept: it will be there when you unlock."):
        "Mae 1 golygiad heb ei gadw yn dal ar gael: bydd yno pan fyddwch yn datgloi.",
    ("LockScreen", "%1 unsaved edits kept: they will be there when you unlock."):
        "Mae %1 golygiad heb eu cadw yn dal ar gael: byddan nhw yno pan fyddwch yn datgloi.",
    ("LockScreen", "That passphrase is not right. Try again."):
        "Nid yw'r cyfrinymadrodd hwnnw'n gywir. Rhowch gynnig arall arni.",
    ("LockScreen", "Could not check the passphrase."): "Nid oedd modd gwirio'r cyfrinymadrodd.",
    ("QDialog", "The passphrase must be at least %n characters."):
        ["Rhaid i'r cyfrinymadrodd fod o leiaf %n nod o hyd."],
    ("QDialog", "The two passphrases are not the same."): "Nid yw'r ddau gyfrinymadrodd yr un fath.",
    ("QDialog", "Problem"): "Problem",
    ("QDialog", "Working"): "Wrthi'n gweithio",
    ("RecoveryDialog", "Recover access with the recovery key"): "Adfer mynediad gyda'r allwedd adfer",
    ("RecoveryDialog", "Type the recovery key you were given when the case store was created (groups of four "
                       "letters and digits), and choose a new passphrase."):
        "Teipiwch yr allwedd adfer a gawsoch chi pan grëwyd y storfa achosion (grwpiau o bedwar nod, yn "
        "llythrennau a digidau), a dewiswch gyfrinymadrodd newydd.",
    ("RecoveryDialog", "Recovery key"): "Allwedd adfer",
    ("RecoveryDialog", "User name"): "Enw defnyddiwr",
    ("RecoveryDialog", "New passphrase"): "Cyfrinymadrodd newydd",
    ("RecoveryDialog", "New passphrase again"): "Cyfrinymadrodd newydd eto",
    ("RecoveryDialog", "Recovery &key:"): "&Allwedd adfer:",
    ("RecoveryDialog", "&User name:"): "&Enw defnyddiwr:",
    ("RecoveryDialog", "&New passphrase:"): "Cyfrinymadrodd &newydd:",
    ("RecoveryDialog", "&Again:"): "&Eto:",
    ("RecoveryDialog", "Set passphrase and &open"): "Gosod y cyfrinymadrodd ac &agor",
    ("RecoveryDialog", "Enter the recovery key and the user name."): "Rhowch yr allwedd adfer a'r enw defnyddiwr.",
    ("RecoveryDialog", "Recovery failed: %1"): "Methodd yr adfer: %1",
    ("UnlockDialog", "Unlock the case store \u2014 Checkpoint Desk"): "Datgloi'r storfa achosion \u2014 Checkpoint Desk",
    ("UnlockDialog", "<b>Unlock the case store</b>"): "<b>Datgloi'r storfa achosion</b>",
    ("UnlockDialog", "Case store folder"): "Ffolder y storfa achosion",
    ("UnlockDialog", "User name"): "Enw defnyddiwr",
    ("UnlockDialog", "Passphrase"): "Cyfrinymadrodd",
    ("UnlockDialog", "&User name:"): "&Enw defnyddiwr:",
    ("UnlockDialog", "&Passphrase:"): "&Cyfrinymadrodd:",
    ("UnlockDialog", "This is the demo store: every account (manager, alex, sam, priya, admin) uses the passphrase "
                     "<b>%1</b>."):
        "Dyma'r storfa arddangos: mae pob cyfrif (manager, alex, sam, priya, admin) yn defnyddio'r cyfrinymadrodd "
        "<b>%1</b>.",
    ("UnlockDialog", "Demo passphrase hint"): "Awgrym: cyfrinymadrodd y storfa arddangos",
    ("UnlockDialog", "&Forgot passphrase? Use the recovery key"):
        "&Wedi anghofio'r cyfrinymadrodd? Defnyddiwch yr allwedd adfer",
    ("UnlockDialog", "Use the recovery key"): "Defnyddio'r allwedd adfer",
    ("UnlockDialog", "&Unlock"): "&Datgloi",
    ("UnlockDialog", "Enter your user name and passphrase."): "Rhowch eich enw defnyddiwr a'ch cyfrinymadrodd.",
    ("UnlockDialog", "That passphrase is not right for '%1'. Check Caps Lock and try again."):
        "Nid yw'r cyfrinymadrodd hwnnw'n gywir ar gyfer '%1'. Gwiriwch Caps Lock a rhowch gynnig arall arni.",
    ("UnlockDialog", "There is no user named '%1' in this case store."):
        "Nid oes defnyddiwr o'r enw '%1' yn y storfa achosion hon.",
    ("UnlockDialog", "The case store could not be opened: %1"): "Nid oedd modd agor y storfa achosion: %1",
    ("WindowVeil", "Checkpoint Desk \u2014 locked"): "Checkpoint Desk \u2014 wedi'i gloi",
    ("run_gui", "Creating the demo case store with invented people\u2026 (a few seconds, first run only)"):
        "Wrthi'n creu'r storfa achosion arddangos gyda phobl ddychmygol\u2026 (ychydig eiliadau, y tro cyntaf "
        "yn unig)",
    ("run_gui", "The demo folder %1 exists but is not a case store."):
        "Mae'r ffolder arddangos %1 yn bodoli ond nid yw'n storfa achosion.",
}

# Written, but not sure enough to ship: left unfinished in the .ts (so out of the .qm) until reviewed.
UNSURE = {
    # Agreement of "heb eu cadw" / "byddan nhw" after a numeral with a singular noun; the source should also
    # become one %n plural (desktop/ui/lock.py builds it by hand).
    ("LockScreen", "%1 unsaved edits kept: they will be there when you unlock."),
}
