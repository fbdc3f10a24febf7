; Inno Setup 6 script: a per-user installer for the PyInstaller build in dist\checkpoint-desk.
;
;   iscc /DAppVersion=1.2.3 /DAppNumericVersion=1.2.3.0 installers\windows\checkpoint-desk.iss
;
; installers\windows\build.ps1 runs the PyInstaller build, signs it and calls iscc with the version read from
; pyproject.toml (the one place it is written). Output: dist\checkpoint-desk-<version>-setup.exe.
;
; Per-user: no administrator rights, installs under %LOCALAPPDATA%\Programs\Checkpoint Desk. Upgrade in place:
; the fixed AppId below makes a newer setup replace the installed version (never change it). Case stores live in
; the user's data folder (%LOCALAPPDATA%\checkpoint-desk) and are never touched by setup or the uninstaller.
;
; Signing: when build.ps1 is given a certificate it passes /DSignToolName=cpdsign and /Scpdsign=<signtool ...>,
; so that setup.exe and the uninstaller are signed too.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version from pyproject.toml> (installers\windows\build.ps1 does)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif

#define AppName "Checkpoint Desk"
#define AppExe "Checkpoint Desk.exe"
#define CliExe "checkpoint-desk.exe"

[Setup]
; Never change AppId: it is how setup finds the installed copy to upgrade in place.
AppId={{6A2F3E8B-41C7-4D9A-B7E5-0C3D92F1A6B4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Checkpoint Desk developers
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
; Paths below are relative to the repository root.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=checkpoint-desk-{#AppVersion}-setup
SetupIconFile=resources\icons\checkpoint-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Per-user install: {autopf} is %LOCALAPPDATA%\Programs when run without elevation.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; No folder choice: the program folder must never be (or contain) the data folder, which holds the case stores.
DisableDirPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open app is closed (and restarted) by the Restart Manager before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: clear the previous bundle's libraries so that files a newer version no longer ships do not
; linger. Only the program folder: the case stores are elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\checkpoint-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Case management for police diversion contracts"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Byte-code caches and logs the app may have left in its own folder. Case stores are never in {app}.
Type: filesandordirs; Name: "{app}\_internal"
