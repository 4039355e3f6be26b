; Inno Setup script: a per-user install of the PyInstaller one-folder bundle (no admin rights).
; Built by packaging/windows/build.ps1 on a Windows runner (see .github/workflows/package.yml).
; NOT RUN on the Linux machine where it was written.
#define AppVersion GetEnv("FIELDKIT_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0F2D0C-7E1A-4B7B-9C55-2F3A9D7C1F10}
AppName=fieldkit
AppVersion={#AppVersion}
AppPublisher=fieldkit
DefaultDirName={localappdata}\Programs\fieldkit
DefaultGroupName=fieldkit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=fieldkit-{#AppVersion}-windows-setup
SetupIconFile=..\..\fieldkit\resources\icons\fieldkit.ico
UninstallDisplayIcon={app}\fieldkit.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "..\..\dist\fieldkit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\fieldkit"; Filename: "{app}\fieldkit.exe"
Name: "{userdesktop}\fieldkit"; Filename: "{app}\fieldkit.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\fieldkit.exe"; Description: "{cm:LaunchProgram,fieldkit}"; Flags: nowait postinstall skipifsilent
