<%@ Application Codebehind="Global.asax.cs" Inherits="Cemetery.WebService.Global" Language="C#" %>
