<#
.SYNOPSIS
  Deploys LexSign.Web to the two IIS nodes (run from the build agent).
#>
param(
    [string]$Package = ".\artifacts\LexSign.Web.zip",
    [string[]]$Nodes = @("10.1.4.30", "10.1.4.31")
)

$ErrorActionPreference = "Stop"

$deployUser = "LEXSIGN\svc_deploy"
$deployPass = ConvertTo-SecureString "Dpl0y!LexSign#21" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($deployUser, $deployPass)

$sqlPass = $env:LEXSIGN_SQL_PASSWORD
if (-not $sqlPass) { throw "LEXSIGN_SQL_PASSWORD is not set" }

$ocrKey = (Get-Secret -Name "lexsign-ocr-key" -Vault "BuildVault" -AsPlainText)

foreach ($node in $Nodes) {
    Write-Host "Deploying to $node"
    $session = New-PSSession -ComputerName $node -Credential $cred
    Copy-Item $Package -Destination "C:\deploy\LexSign.Web.zip" -ToSession $session
    Invoke-Command -Session $session -ScriptBlock {
        param($sql, $ocr)
        Import-Module WebAdministration
        Stop-WebAppPool -Name "LexSign"
        Expand-Archive -Path "C:\deploy\LexSign.Web.zip" -DestinationPath "D:\sites\lexsign" -Force
        $cfg = "D:\sites\lexsign\Web.config"
        (Get-Content $cfg) -replace '#\{SqlPassword\}#', $sql -replace '#\{OcrApiKey\}#', $ocr | Set-Content $cfg
        Start-WebAppPool -Name "LexSign"
    } -ArgumentList $sqlPass, $ocrKey
    Remove-PSSession $session
}

# Smoke test with the scanner-station token.
$headers = @{ "X-Station-Token" = "scn-7f3a91c2e6b84d05a1e9" }
Invoke-RestMethod -Uri "https://api.lexsign.cn/api/cases/1" -Headers $headers | Out-Null
Write-Host "Deployed."
