@echo off
rem Keeps Reporting Centre running in kiosk mode; see installer\README.md (Kiosk, Windows).
rem Installed by the .msi in the app's "app" folder, one level below the program, so it finds the
rem program wherever the installer put it. Create %APPDATA%\Reporting Centre\kiosk-off to stop the
rem loop for maintenance.
set "APP=%~dp0..\reporting-centre.exe"
:loop
if exist "%APPDATA%\Reporting Centre\kiosk-off" goto :eof
"%APP%" --kiosk
timeout /t 2 /nobreak >nul
goto loop
