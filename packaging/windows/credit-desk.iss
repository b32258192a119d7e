; Inno Setup 6 script: Windows installer for the PyInstaller one-folder build of Credit Desk (信用认定工作台).
;
; Built ON WINDOWS, not on the Linux build machine (PyInstaller does not cross-compile). Steps: README,
; “Windows 安装包”. In short, from the repository root in a Python 3.11 venv on Windows 10/11 x64:
;   python packaging\icons.py build\icons
;   pyinstaller --noconfirm --distpath build\dist --workpath build\pyinstaller build.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\credit-desk.iss
; Output: dist\CreditDesk-<version>-setup.exe
;
; The office's data (database, backups, logs) lives in %LOCALAPPDATA%\CreditDesk\CreditDesk and the
; workstation settings in %LOCALAPPDATA%\CreditDesk\CreditDesk (platformdirs): neither is under {app}, so
; the uninstaller, which removes only what it installed, leaves them untouched. Nothing here deletes them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "信用认定工作台"
#define AppExe "credit-desk.exe"
#define Root ".."

[Setup]
; A fixed AppId: upgrades install over the previous version instead of beside it.
AppId={{6F0E4C1A-3B7D-4E59-9C2A-CD5EC0D1E5A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Credit Desk
DefaultDirName={autopf}\CreditDesk
DefaultGroupName={#AppName}
; Per-user install by default (township PCs often lack admin rights); admins may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\..\dist
OutputBaseFilename=CreditDesk-{#AppVersion}-setup
SetupIconFile={#Root}\..\build\icons\credit-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes

[Languages]
; ChineseSimplified.isl is an unofficial Inno Setup translation: put it in the Languages folder of
; Inno Setup (https://jrsoftware.org/files/istrans/) before compiling.
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: credit-desk.exe and _internal\ (Qt, Python, forms, resources, fonts).
Source: "{#Root}\..\build\dist\credit-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: uninstalling removes the program files only. The
; office's database and backups in %LOCALAPPDATA%\CreditDesk are kept for the next installation.
