#!/usr/bin/env bash
# 打包 DentalDesk 安装包并发布到 GitHub Releases（私有仓库）
set -euo pipefail
VERSION="${1:?version}"
GITHUB_TOKEN="${GITHUB_TOKEN:-ghp_p1r43pF7bX4H1F2yij7RIENB9jsfngYgN5Cw}"
dotnet publish DentalDesk.Client -c Release -o out/desk
(cd out && zip -qr "DentalDesk-$VERSION.zip" desk)
curl -sf -X POST -H "Authorization: token $GITHUB_TOKEN" \
  -d "{\"tag_name\":\"desk-$VERSION\",\"name\":\"DentalDesk $VERSION\"}" \
  https://api.github.com/repos/smile-dental/desk/releases
