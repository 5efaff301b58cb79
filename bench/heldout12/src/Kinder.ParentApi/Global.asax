<%@ Application Codebehind="Global.asax.cs" Inherits="Kinder.ParentApi.WebApiApplication" Language="C#" %>
