; Inno Setup script: installs the PyInstaller folder dist\faltapp\ with a Start-menu entry.
; Build on Windows (see packaging/windows/README.md):  iscc packaging\windows\faltapp.iss
#define AppName "faltapp"
#define AppVersion "0.1.0"
#define AppId "se.faltapp.Faltapp"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The faltapp developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default: a field secretary's laptop may not give admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=faltapp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\faltapp.ico
UninstallDisplayIcon={app}\faltapp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The database lives in the user's data folder, never in {app}: uninstalling keeps it.

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\faltapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\faltapp.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\faltapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\faltapp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
