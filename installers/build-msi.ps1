<#
.SYNOPSIS
  Builds FeedbackDesk-<version>.msi on Windows: freeze the app with PyInstaller, harvest the
  payload, compile and link with the WiX Toolset 3 (candle, light).
.DESCRIPTION
  Needs Python 3.11 and WiX Toolset 3.14 on PATH (e.g. `choco install wixtoolset`).
  Run from the repository root:  powershell -File installers\build-msi.ps1
  This cannot run on the Linux CI machine; there, installers/build-msi-wixl.sh proves the same
  WiX source compiles and tests read the result.
#>
param([string]$Version = "")
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)

if (-not $Version) {
  $Version = (python -c "import desk_app; print(desk_app.__version__)").Trim()
}
python -m pip install --upgrade pip
python -m pip install . pyinstaller
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

python -m PyInstaller --noconfirm --distpath build\dist --workpath build\work installers\feedback-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$payload = Resolve-Path build\dist\FeedbackDesk

python installers\harvest.py $payload build\payload.wxs
if ($LASTEXITCODE -ne 0) { throw "harvest failed" }

candle -nologo -arch x64 -dVersion=$Version -out build\ installers\wix\FeedbackDesk.wxs build\payload.wxs
if ($LASTEXITCODE -ne 0) { throw "candle failed" }
light -nologo -b $payload -out "build\FeedbackDesk-$Version.msi" build\FeedbackDesk.wixobj build\payload.wixobj
if ($LASTEXITCODE -ne 0) { throw "light failed" }
Write-Host "Built build\FeedbackDesk-$Version.msi"
