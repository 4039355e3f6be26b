# Build the Windows installer: PyInstaller one-folder bundle, then Inno Setup (per-user).
# NOT RUN here (written on Linux); .github/workflows/package.yml runs it on windows-latest.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv
.\.venv\Scripts\python -m pip install -q --upgrade pip
.\.venv\Scripts\python -m pip install -q -e ".[packaging]"
$env:PYTHONPATH = (Get-Location).Path
# scripts/build-resources is bash; its two steps, for Windows:
New-Item -ItemType Directory -Force fieldkit\resources\translations | Out-Null
Get-ChildItem resources\translations\fieldkit_*.ts | ForEach-Object {
    .\.venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ("fieldkit\resources\translations\" + $_.BaseName + ".qm")
}
$env:QT_QPA_PLATFORM = "offscreen"
.\.venv\Scripts\python resources\icons\make_icons.py fieldkit\resources\icons
.\.venv\Scripts\pyinstaller --noconfirm --workpath build\pyinstaller --distpath dist packaging\fieldkit.spec
$env:FIELDKIT_VERSION = (.\.venv\Scripts\python -c "import fieldkit; print(fieldkit.__version__)")
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" packaging\windows\fieldkit.iss
