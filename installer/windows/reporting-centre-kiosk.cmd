@echo off
rem Keeps Reporting Centre running in kiosk mode; see installer\README.md (Windows kiosk).
rem Create %APPDATA%\Reporting Centre\kiosk-off to stop the loop for maintenance.
set APP=%LOCALAPPDATA%\Reporting Centre\Reporting Centre.exe
:loop
if exist "%APPDATA%\Reporting Centre\kiosk-off" goto :eof
"%APP%" --kiosk
timeout /t 2 /nobreak >nul
goto loop
