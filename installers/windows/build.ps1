# Build the Windows installer: PyInstaller one-folder build, optional Authenticode signing, Inno Setup.
#
#   pwsh installers/windows/build.ps1        (from the repository root, with the `installers` extra installed)
#
# Output: dist\checkpoint-desk\ (the bundle) and dist\checkpoint-desk-<version>-setup.exe.
#
# Signing (antivirus tools quarantine unsigned PyInstaller builds), optional, from the environment:
#   WINDOWS_CERT_THUMBPRINT   SHA-1 thumbprint of a code-signing certificate in the certificate store
#                             (e.g. an EV certificate on a token), or
#   WINDOWS_PFX_PATH          a .pfx file, with WINDOWS_PFX_PASSWORD
#   WINDOWS_TIMESTAMP_URL     RFC 3161 timestamp server (default http://timestamp.digicert.com)
#   SIGNTOOL                  path to signtool.exe (default: the newest Windows SDK's)
# Without a certificate everything is built unsigned, with a warning.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Version = & $Python installers/bundle_config.py version
$NumericVersion = & $Python installers/bundle_config.py numeric-version
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from pyproject.toml" }
Write-Host "Checkpoint Desk $Version"

& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installers/checkpoint-desk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# --- signing ------------------------------------------------------------------------------------------------
$SignArgs = $null
if ($env:WINDOWS_CERT_THUMBPRINT) {
    $SignArgs = @("/sha1", $env:WINDOWS_CERT_THUMBPRINT)
} elseif ($env:WINDOWS_PFX_PATH) {
    $SignArgs = @("/f", $env:WINDOWS_PFX_PATH, "/p", $env:WINDOWS_PFX_PASSWORD)
}
$Timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

function Find-SignTool {
    if ($env:SIGNTOOL) { return $env:SIGNTOOL }
    $found = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw "signtool.exe not found: install the Windows SDK or set SIGNTOOL" }
    return $found.FullName
}

$IsccSign = @()
if ($SignArgs) {
    $SignTool = Find-SignTool
    $Common = @("sign", "/fd", "sha256", "/tr", $Timestamp, "/td", "sha256") + $SignArgs
    # Our executables, and the Python extension modules and DLLs that carry no signature of their own.
    $Targets = Get-ChildItem dist\checkpoint-desk -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" }
    $Files = @($Targets | ForEach-Object { $_.FullName })
    for ($i = 0; $i -lt $Files.Count; $i += 50) {  # batches: one timestamp request per file is slow enough
        $Batch = $Files[$i..([Math]::Min($i + 49, $Files.Count - 1))]
        & $SignTool @Common @Batch
        if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
    }
    Write-Host "signed $($Files.Count) files"
    # Inno Setup signs setup.exe and the uninstaller with the same command ($f: the file to sign). It is passed
    # as one "/Sname=command" argument, so no part of it may need quoting: signtool goes on the PATH.
    $env:PATH = (Split-Path $SignTool) + ";" + $env:PATH
    if ($Common | Where-Object { $_ -match '[\s"]' }) {
        throw "signing arguments must not contain spaces or quotes (move the .pfx to a path without spaces)"
    }
    $IsccSign = @("/DSignToolName=cpdsign", ("/Scpdsign=signtool.exe " + ($Common -join " ") + ' $f'))
} else {
    Write-Warning "UNSIGNED build: set WINDOWS_CERT_THUMBPRINT or WINDOWS_PFX_PATH to sign (antivirus tools quarantine unsigned PyInstaller builds)"
}

# --- installer ----------------------------------------------------------------------------------------------
$Iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
$IsccPath = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $IsccPath)) {
    Write-Host "Inno Setup not found; installing it with Chocolatey"
    choco install innosetup --yes --no-progress
    $IsccPath = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
}
& $IsccPath "/DAppVersion=$Version" "/DAppNumericVersion=$NumericVersion" @IsccSign installers\windows\checkpoint-desk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

$Setup = "dist\checkpoint-desk-$Version-setup.exe"
(Get-FileHash $Setup -Algorithm SHA256).Hash.ToLower() + "  " + (Split-Path $Setup -Leaf) | Set-Content "$Setup.sha256"
Write-Host "built $Setup"
