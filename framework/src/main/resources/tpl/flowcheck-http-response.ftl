<#ftl output_format="HTML">
<#-- @ftlvariable name="data" type="io.qameta.allure.attachment.http.HttpResponseAttachment" -->
<#-- Allure's http-response.ftl, plus wrapping: long JSON lines break instead of scrolling sideways. -->
<style>
pre{white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;margin:0}
div{overflow-wrap:anywhere;word-break:break-all}
</style>
<div>Status code <#if data.responseCode??>${data.responseCode} <#else>Unknown</#if></div>
<#if data.url??><div>${data.url}</div></#if>

<#if data.body??>
<h4>Body</h4>
<div>
    <pre class="preformated-text">
    <#t>${data.body}
    </pre>
</div>
</#if>

<#if (data.headers)?has_content>
<h4>Headers</h4>
<div>
    <#list data.headers as name, value>
        <div>${name}: ${value!"null"}</div>
    </#list>
</div>
</#if>

<#if (data.cookies)?has_content>
<h4>Cookies</h4>
<div>
    <#list data.cookies as name, value>
        <div>${name}: ${value!"null"}</div>
    </#list>
</div>
</#if>
