/// The report's one inline script: zoom and pan of each diagram (wheel, drag, the + − and 1:1
/// buttons) and finding an actor by name. It is a constant, pinned by its SHA-256 in the page's
/// Content Security Policy, so no other script can run; it reads the page's text only through
/// `textContent` and writes only attributes, classes and `textContent`, so nothing from the
/// data becomes markup or script. A link to `report.html#find=NAME` finds NAME on load. When
/// it has set up every diagram it sets
/// `data-zoom-ready` on `<html>` to their number and `data-ready-ms` to the milliseconds since
/// navigation started (the browser tests read both).
enum ReportScript {
  static let source = #"""
    (function(){
    "use strict";
    var figures=[];
    document.querySelectorAll("figure.zoomable").forEach(function(f){
    var s=f.querySelector("svg");if(!s||!s.viewBox||!s.viewBox.baseVal)return;
    var b=s.viewBox.baseVal,o={x:b.x,y:b.y,w:b.width,h:b.height},v={x:o.x,y:o.y,w:o.w,h:o.h};
    if(!(o.w>0&&o.h>0))return;
    s.removeAttribute("width");s.removeAttribute("height");
    function set(){s.setAttribute("viewBox",v.x+" "+v.y+" "+v.w+" "+v.h);}
    function zoom(k,cx,cy){if(cx===undefined){cx=v.x+v.w/2;cy=v.y+v.h/2;}
    var w=Math.min(o.w*4,Math.max(o.w/400,v.w*k)),r=w/v.w;
    v.x=cx-(cx-v.x)*r;v.y=cy-(cy-v.y)*r;v.w=w;v.h*=r;set();}
    function at(x,y){var r=s.getBoundingClientRect();
    return{x:v.x+(x-r.left)/r.width*v.w,y:v.y+(y-r.top)/r.height*v.h};}
    s.addEventListener("wheel",function(e){e.preventDefault();var p=at(e.clientX,e.clientY);
    zoom(e.deltaY<0?0.8:1.25,p.x,p.y);},{passive:false});
    var d=null;
    s.addEventListener("pointerdown",function(e){d={x:e.clientX,y:e.clientY};});
    s.addEventListener("pointermove",function(e){if(!d)return;var r=s.getBoundingClientRect();
    v.x-=(e.clientX-d.x)/r.width*v.w;v.y-=(e.clientY-d.y)/r.height*v.h;
    d={x:e.clientX,y:e.clientY};set();});
    ["pointerup","pointerleave"].forEach(function(n){s.addEventListener(n,function(){d=null;});});
    f.querySelectorAll("button[data-zoom]").forEach(function(u){u.addEventListener("click",
    function(){var z=u.getAttribute("data-zoom");if(z==="in")zoom(0.67);else if(z==="out")zoom(1.5);
    else{v={x:o.x,y:o.y,w:o.w,h:o.h};set();}});});
    figures.push({svg:s,show:function(el){var r=el.getBoundingClientRect(),
    p=at(r.left+r.width/2,r.top+r.height/2),w=Math.min(o.w,Math.max(o.w/400,r.width/
    s.getBoundingClientRect().width*v.w*12)),h=w*v.h/v.w;v={x:p.x-w/2,y:p.y-h/2,w:w,h:h};set();
    f.scrollIntoView({block:"nearest"});}});
    });
    var q=document.getElementById("find"),out=document.getElementById("found");
    function norm(t){return(t||"").toLowerCase().replace(/\s+/g," ").trim();}
    if(q&&out){q.addEventListener("input",function(){
    var t=norm(q.value),n=0,first=null;
    figures.forEach(function(f){f.svg.querySelectorAll("g.node").forEach(function(g){
    var title=g.querySelector("title"),a=g.querySelector("a"),
    text=norm((title?title.textContent:"")+" "+g.textContent+" "+(a?a.getAttribute("xlink:title"):""));
    var hit=t.length>0&&text.indexOf(t)>=0;g.classList.toggle("hit",hit);
    if(hit){n++;if(!first)first={f:f,g:g};}});});
    out.textContent=t.length===0?"":n===0?"no actor matches":n+(n===1?" match":" matches");
    if(first)first.f.show(first.g);});
    var h=location.hash;if(h.indexOf("#find=")===0){try{q.value=decodeURIComponent(h.slice(6));}
    catch(e){q.value="";}q.dispatchEvent(new Event("input"));}}
    var root=document.documentElement;root.setAttribute("data-zoom-ready",String(figures.length));
    if(window.performance)root.setAttribute("data-ready-ms",String(Math.round(performance.now())));
    })();
    """#

  /// The CSP source expression that allows exactly ``source``.
  static let hashSource = "'sha256-" + SHA256.base64Digest(Array(source.utf8)) + "'"
}
