<%@ WebService Language="C#" CodeBehind="CemeteryService.asmx.cs" Class="Cemetery.WebService.CemeteryService" %>
