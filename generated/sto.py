# --------------------------------------------------------------------------------------------------------------------
# GENERATED FILE - DO NOT EDIT. numpy code written by slowion.codegen; regenerate with `slowion generate`.
# Source: slowion.derive.sto.codegen_expressions(); specs and numeric branches: codegen/targets.py.
# SymPy 1.14.0. sha256 of sympy.srepr of each expression (with its argument order and branches):
#   sto_form_factor_1_1: 2e64dd84f156e25e128584e24869a1fc4603ef4344764e1c92632df557d4647a
#   sto_overlap_1_1: b6348c2d371d6083ea065dbe7edc11b7143592ee7823db79e6f07ea041faf20e
#   sto_form_factor_1_2: 36ac082de2137ea0e241ba95ed11c660ef2442be1c518ac5e11ef357db5c18ff
#   sto_overlap_1_2: 7a0dc0caa73114c8e8f105d49778610e7bc1d1c562e14ca646993cef2956c370
#   sto_form_factor_1_3: 15d67e552f8ec1a94e84edbbe5680dfa6d2cb7b94369ad14aa98cd9035d7ead8
#   sto_overlap_1_3: 1e86cf66acec714658ad44df45df787e01b79b364b18c2bd4573979f01bf338b
#   sto_form_factor_1_4: aa033034f153365008247ccb79c45c4c151972d08c8d925ba88e3dc3184d1b27
#   sto_overlap_1_4: 081ea7725ac1d12333d3ad3ba4d6e68d46f0228d1660e1ed9b677964ad3ef003
#   sto_form_factor_1_5: 2479655821e98cc14c876e401e26f20c0fd0fe800da892477422870d0c461096
#   sto_overlap_1_5: 9233f4047a80d113ebcf77fb418b055aa925acd5302c6bee55d15730f12f35c6
#   sto_form_factor_2_2: e608a86301d2d84a8c506f3ed78d8bceb097367b69ea94fa1b7c4d9aed5c598a
#   sto_overlap_2_2: 4d2df1ed3f0ba893961842db113c445d78f74376305517514ba78c3bc2e5c402
#   sto_form_factor_2_3: 928c2838cb910d05cd437ebd951f208bae4bd07071f216316a3d04be937cf44f
#   sto_overlap_2_3: 8bb76e470bb707f89480ce5a887196e54efeed90077d71eaf489e8404652dcaa
#   sto_form_factor_2_4: 1fb8b2afa1a74b68e9e0962e4912114dc6d10830146b2a8b2ed11181243f7f5f
#   sto_overlap_2_4: c98d531d6af85942504136db053af2ebaad077c1e7b7d37c10c4c223ffab6dfb
#   sto_form_factor_2_5: ab8d648df92611086f650b85a9e07de86a8182d6ce5cb3a915c892ab6221a5c5
#   sto_overlap_2_5: cb78335b4ed6b5b34d6ff6a001006a31b6a98ae061133c594b6436a994dee38a
#   sto_form_factor_3_3: 088888e6704c9ae729182fd854de76c0b38861e4111cb34d9dacd7017c97e750
#   sto_overlap_3_3: 3475b0cdec32efb87bb4922da0792940282c7a678549d0d4a6fccad205c1d019
#   sto_form_factor_3_4: b3e76c1f5f6f1c26fcdf443ee590ca75c58b01e622c5d42859bd9baf6c043542
#   sto_overlap_3_4: 1821bd3c913e2018ccebd1b47658e2e7611c42b95376ce24193914311c0a6895
#   sto_form_factor_3_5: 85fd12ca53fe4ebf7314620980aa5692a8c55d388eb4e19fdf3dc40f94b9ced2
#   sto_overlap_3_5: d63ba7b68b556e07177e0137aef24b6e8e08b05a2af4524dade8130694f49811
#   sto_form_factor_4_4: 82dc0c00430e66dbd2b0245fb720585ac59323bae4ffdeef9a027731065802e6
#   sto_overlap_4_4: 9e649b7bdae8060db8fe84ee85e77bdd989047f8b4b53ab7bd8580e3f49d2a8c
#   sto_form_factor_4_5: eea07c9628a794b474d777aacc2676fc46761ef0040e7c81c3a7997ebbdc6cda
#   sto_overlap_4_5: ce2769850929ea892f7f5530de5108c7591596efd518a357a7bb7796650fb42d
#   sto_form_factor_5_5: 27fb4c27c1468fb0e77dd6e9456482c5cfc590f31211fa458f4a06d4811158f1
#   sto_overlap_5_5: efcacd6bceb792d92864b9dc786e563dd3b9bf8e35ae98069254ec22ed144cd4
# --------------------------------------------------------------------------------------------------------------------


"""Generated numpy functions of slowion.derive.sto (vectorised, float64, no SymPy)."""


import numpy


__all__ = ["sto_form_factor_1_1", "sto_overlap_1_1", "sto_form_factor_1_2", "sto_overlap_1_2", "sto_form_factor_1_3", "sto_overlap_1_3", "sto_form_factor_1_4", "sto_overlap_1_4", "sto_form_factor_1_5", "sto_overlap_1_5", "sto_form_factor_2_2", "sto_overlap_2_2", "sto_form_factor_2_3", "sto_overlap_2_3", "sto_form_factor_2_4", "sto_overlap_2_4", "sto_form_factor_2_5", "sto_overlap_2_5", "sto_form_factor_3_3", "sto_overlap_3_3", "sto_form_factor_3_4", "sto_overlap_3_4", "sto_form_factor_3_5", "sto_overlap_3_5", "sto_form_factor_4_4", "sto_overlap_4_4", "sto_form_factor_4_5", "sto_overlap_4_5", "sto_form_factor_5_5", "sto_overlap_5_5"]


#: typical argument box (bench: uniform in it; accuracy tests: plus edge regions): name -> arg -> (lo, hi)
DOMAINS = {
    "sto_form_factor_1_1": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_1_1": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_2": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_1_2": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_1_3": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_1_4": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_1_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_1_5": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_2": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_2_2": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_2_3": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_2_4": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_2_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_2_5": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_3": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_3_3": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_3_4": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_3_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_3_5": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_4_4": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_4_4": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_4_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_4_5": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_form_factor_5_5": {"q": (0.0, 40.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
    "sto_overlap_5_5": {"R": (0.0, 25.0), "z1": (0.3, 8.0), "z2": (0.3, 8.0)},
}


def _asarrays(*args):
    """The arguments as float64 arrays (no copy when they already are)."""
    return [numpy.asarray(a, dtype=numpy.float64) for a in args]


def _shaped(result, *args):
    """The result with the broadcast shape of the arguments (a scalar for scalar arguments)."""
    shape = numpy.broadcast_shapes(*(a.shape for a in args))
    result = numpy.asarray(result, dtype=numpy.float64)
    if result.shape != shape:
        result = numpy.broadcast_to(result, shape).copy()
    return result[()]


def _sto_form_factor_1_1_closed(q, z1, z2):
    # closed: 15 operations
    return (z1*numpy.sqrt(z1))*(z2*numpy.sqrt(z2))*(8*z1 + 8*z2)/((q*q) + (z1 + z2)**2)**2


def sto_form_factor_1_1(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=1, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 2e64dd84f156e25e128584e24869a1fc4603ef4344764e1c92632df557d4647a
    Branch closed: 15 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_1_1_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_1_1_closed(R, z1, z2):
    # closed: 34 operations
    _t0 = (z2*z2*numpy.sqrt(z2))
    _t1 = z1 + z2
    _t2 = z1 - z2
    _t3 = 8/((_t1*_t1)*(_t2*_t2))
    _t4 = (z1*z1*numpy.sqrt(z1))
    _t5 = 32*_t0*_t4/(R*(_t1*_t1*_t1)*(_t2*_t2*_t2))
    return (_t0*_t3*(z1*numpy.sqrt(z1)) + _t5)*numpy.exp(-R*z1) + (_t3*_t4*(z2*numpy.sqrt(z2)) - _t5)*numpy.exp(-R*z2)


def _sto_overlap_1_1_case1(R, z1, z2):
    # case1: 150 operations
    _t0 = z1 + z2
    _t1 = (R*R)
    _t2 = _t1*(z1 - z2)**2
    _t3 = (1/4)*_t2
    _t4 = (1/4)/_t0
    return 2*(z1*numpy.sqrt(z1))*(z2*numpy.sqrt(z2))*(-_t1*_t4*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*((1/70168714359319205153722569185265966907392000000000)*_t2 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*_t4 + (1/(_t0*_t0))) + 2/(_t0*_t0*_t0))*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*(_t3*((1/66905053226327614216340124106881503330304000000000)*_t2 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_1_1(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=1, z1), (n=1, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: b6348c2d371d6083ea065dbe7edc11b7143592ee7823db79e6f07ea041faf20e
    Branch closed: 34 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 150 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_1_1_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_1_1_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_1_1_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_1_1_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_1_2_closed(q, z1, z2):
    # closed: 19 operations
    _t0 = (q*q)
    _t1 = (z1 + z2)**2
    return numpy.sqrt(3)*(z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*(-8/3*_t0 + 8*_t1)/(_t0 + _t1)**3


def sto_form_factor_1_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 36ac082de2137ea0e241ba95ed11c660ef2442be1c518ac5e11ef357db5c18ff
    Branch closed: 19 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_1_2_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_1_2_closed(R, z1, z2):
    # closed: 59 operations
    _t0 = numpy.sqrt(3)
    _t1 = (z1*z1)
    _t2 = (z2*z2)
    _t3 = z1 + z2
    _t4 = z1 - z2
    _t5 = 1/((_t3*_t3*_t3)*(_t4*_t4*_t4))
    _t6 = (z2*z2*numpy.sqrt(z2))
    _t7 = (8/3)*_t6
    _t8 = _t0*(z1*z1*numpy.sqrt(z1))
    _t9 = (32/3)*_t6*_t8*(_t1 + 5*_t2)/(R*(_t3*_t3*_t3*_t3)*(_t4*_t4*_t4*_t4))
    return (-_t0*_t5*_t7*(z1*numpy.sqrt(z1))*(_t1 + 3*_t2) - _t9)*numpy.exp(-R*z1) + (R*_t7*_t8/((_t3*_t3)*(_t4*_t4)) - 64/3*_t5*_t8*z2**(7/2) + _t9)*numpy.exp(-R*z2)


def _sto_overlap_1_2_case1(R, z1, z2):
    # case1: 296 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = (1/(_t0*_t0))
    _t7 = (1/8)*R*_t2
    _t8 = (1/(_t0*_t0*_t0))
    return (2/3)*numpy.sqrt(3)*(z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*((1/16)*(R*R*R*R)*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + (1/2)*_t1*_t3*(R*(-1/2*_t6 - _t7) - _t8)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t3*(-1/4*_t6 - _t7)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*((3/4)*_t6 + _t7) + 3*_t8) + 6/(_t0*_t0*_t0*_t0))*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_1_2(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=1, z1), (n=2, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 7a0dc0caa73114c8e8f105d49778610e7bc1d1c562e14ca646993cef2956c370
    Branch closed: 59 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 296 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_1_2_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_1_2_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_1_2_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_1_2_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_1_3_closed(q, z1, z2):
    # closed: 22 operations
    _t0 = z1 + z2
    return -32/5*numpy.sqrt(10)*_t0*(z1*numpy.sqrt(z1))*z2**(7/2)*(-_t0 + q)*(_t0 + q)/((_t0*_t0) + (q*q))**4


def sto_form_factor_1_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 15d67e552f8ec1a94e84edbbe5680dfa6d2cb7b94369ad14aa98cd9035d7ead8
    Branch closed: 22 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_1_3_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_1_3_closed(R, z1, z2):
    # closed: 69 operations
    _t0 = (z1*z1)
    _t1 = (z2*z2)
    _t2 = numpy.sqrt(10)
    _t3 = _t2*z2**(9/2)
    _t4 = (32/5)*_t3
    _t5 = z1 + z2
    _t6 = z1 - z2
    _t7 = 1/((_t5*_t5*_t5*_t5)*(_t6*_t6*_t6*_t6))
    _t8 = (z1*z1*numpy.sqrt(z1))
    _t9 = 5*_t1
    _t10 = (64/5)*_t3*_t8*(3*_t0 + _t9)/(R*_t5**5*_t6**5)
    _t11 = _t2*_t8*z2**(7/2)
    return (_t10 + _t4*_t7*(z1*numpy.sqrt(z1))*(_t0 + _t1))*numpy.exp(-R*z1) + ((8/15)*(R*R)*_t11/((_t5*_t5)*(_t6*_t6)) - R*_t4*_t8/((_t5*_t5*_t5)*(_t6*_t6*_t6)) - _t10 + (32/5)*_t11*_t7*(_t0 + _t9))*numpy.exp(-R*z2)


def _sto_overlap_1_3_case1(R, z1, z2):
    # case1: 303 operations
    _t0 = z1 + z2
    _t1 = (R*R*R*R)
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = z1 - z2
    _t5 = _t3*(_t4*_t4)
    _t6 = (1/4)*_t5
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/8)*_t8
    _t10 = (1/2)*_t4
    _t11 = (1/(_t0*_t0*_t0*_t0))
    _t12 = 3/(_t0*_t0*_t0)
    return (2/15)*numpy.sqrt(10)*(z1*numpy.sqrt(z1))*z2**(7/2)*(_t1*_t10*((1/4)*_t7 + _t9)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1754217858982980128843064229631649172684800000000*_t5 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) - 1/16*_t1*_t2*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/73432375492310796091105014263650430484480000000000)*_t5 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t10*_t3*(R*(R*(-3/4*_t7 - _t9) - _t12) - 6*_t11)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1672626330658190355408503102672037583257600000000*_t5 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + (R*(R*(R*((1/2)*_t7 + (1/16)*_t8) + _t12) + 12*_t11) + 24/_t0**5)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/66905053226327614216340124106881503330304000000000)*_t5 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_1_3(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=1, z1), (n=3, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 1e86cf66acec714658ad44df45df787e01b79b364b18c2bd4573979f01bf338b
    Branch closed: 69 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 303 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_1_3_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_1_3_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_1_3_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_1_3_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_1_4_closed(q, z1, z2):
    # closed: 26 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return numpy.sqrt(35)*(z1*numpy.sqrt(z1))*z2**(9/2)*(-64/7*_t0*_t2 + (32/7)*(_t1*_t1*_t1*_t1) + (32/35)*(q*q*q*q))/(_t0 + _t2)**5


def sto_form_factor_1_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: aa033034f153365008247ccb79c45c4c151972d08c8d925ba88e3dc3184d1b27
    Branch closed: 26 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_1_4_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_1_4_closed(R, z1, z2):
    # closed: 90 operations
    _t0 = (z1*z1*z1*z1)
    _t1 = (z2*z2*z2*z2)
    _t2 = (z1*z1)
    _t3 = (z2*z2)
    _t4 = _t2*_t3
    _t5 = numpy.sqrt(35)
    _t6 = _t5*z2**(9/2)
    _t7 = z1 + z2
    _t8 = z1 - z2
    _t9 = 1/(_t7**5*_t8**5)
    _t10 = (z1*z1*numpy.sqrt(z1))
    _t11 = _t10*_t6
    _t12 = (64/35)*_t11
    _t13 = _t12*(3*_t0 + 35*_t1 + 42*_t4)/(R*_t7**6*_t8**6)
    _t14 = _t10*_t5*z2**(11/2)
    _t15 = 5*_t3
    return (-_t13 - 32/35*_t6*_t9*(z1*numpy.sqrt(z1))*(_t0 + 5*_t1 + 10*_t4))*numpy.exp(-R*z1) + ((8/105)*(R*R*R)*_t11/((_t7*_t7)*(_t8*_t8)) - 128/105*(R*R)*_t14/((_t7*_t7*_t7)*(_t8*_t8*_t8)) + R*_t12*(_t15 + _t2)/((_t7*_t7*_t7*_t7)*(_t8*_t8*_t8*_t8)) + _t13 - 256/35*_t14*_t9*(_t15 + 3*_t2))*numpy.exp(-R*z2)


def _sto_overlap_1_4_case1(R, z1, z2):
    # case1: 461 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = (R*R*R*R)
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (3/32)*_t8
    _t10 = (1/(_t0*_t0*_t0))
    _t11 = (1/16)*_t8
    _t12 = (1/2)*_t1
    _t13 = (1/(_t0*_t0*_t0*_t0))
    _t14 = _t0**(-5.0)
    return (2/105)*numpy.sqrt(35)*(z1*numpy.sqrt(z1))*z2**(9/2)*((1/64)*R**6*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1835809387307769902277625356591260762112000000000*_t4 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t12*_t3*(R*(R*(R*(-3/4*_t7 - _t9) - 9/2*_t10) - 18*_t13) - 36*_t14)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t12*_t6*(R*(_t11 + (1/4)*_t7) + (1/2)*_t10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t3*(R*(R*(_t11 + (3/8)*_t7) + (3/2)*_t10) + 3*_t13)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + _t6*(-3/16*_t7 - _t9)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/73432375492310796091105014263650430484480000000000)*_t4 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + (R*(R*(R*(R*((5/16)*_t7 + (1/32)*_t8) + (5/2)*_t10) + 15*_t13) + 60*_t14) + 120/_t0**6)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_1_4(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=1, z1), (n=4, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 081ea7725ac1d12333d3ad3ba4d6e68d46f0228d1660e1ed9b677964ad3ef003
    Branch closed: 90 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 461 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_1_4_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_1_4_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_1_4_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_1_4_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_1_5_closed(q, z1, z2):
    # closed: 23 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return (64/21)*numpy.sqrt(14)*_t0*(z1*numpy.sqrt(z1))*z2**(11/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6


def sto_form_factor_1_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=1, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 2479655821e98cc14c876e401e26f20c0fd0fe800da892477422870d0c461096
    Branch closed: 23 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_1_5_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_1_5_closed(R, z1, z2):
    # closed: 102 operations
    _t0 = numpy.sqrt(14)
    _t1 = z2**(13/2)
    _t2 = (z1*z1)
    _t3 = (z2*z2)
    _t4 = 3*_t2
    _t5 = z1 + z2
    _t6 = z1 - z2
    _t7 = (64/21)/(_t5**6*_t6**6)
    _t8 = 3*(z1*z1*z1*z1)
    _t9 = (z2*z2*z2*z2)
    _t10 = _t2*_t3
    _t11 = _t0*(z1*z1*numpy.sqrt(z1))
    _t12 = _t1*_t11
    _t13 = (512/21)*_t12*(14*_t10 + _t8 + 7*_t9)/(R*_t5**7*_t6**7)
    _t14 = _t11*z2**(11/2)
    _t15 = 5*_t3
    return (_t0*_t1*_t7*(z1*numpy.sqrt(z1))*(_t2 + 3*_t3)*(_t3 + _t4) + _t13)*numpy.exp(-R*z1) + ((8/315)*(R*R*R*R)*_t14/((_t5*_t5)*(_t6*_t6)) - 32/63*(R*R*R)*_t12/((_t5*_t5*_t5)*(_t6*_t6*_t6)) + (64/63)*(R*R)*_t14*(_t15 + _t2)/((_t5*_t5*_t5*_t5)*(_t6*_t6*_t6*_t6)) - 128/21*R*_t12*(_t15 + _t4)/(_t5**5*_t6**5) - _t13 + _t14*_t7*(42*_t10 + _t8 + 35*_t9))*numpy.exp(-R*z2)


def _sto_overlap_1_5_case1(R, z1, z2):
    # case1: 470 operations
    _t0 = z1 + z2
    _t1 = R**6
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = z1 - z2
    _t5 = _t3*(_t4*_t4)
    _t6 = (1/4)*_t5
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/16)*_t8
    _t10 = (1/2)*_t4
    _t11 = (1/(_t0*_t0*_t0))
    _t12 = (5/64)*_t8
    _t13 = _t0**(-5.0)
    _t14 = (1/(_t0*_t0*_t0*_t0))
    _t15 = 15*_t14
    _t16 = (5/8)*_t7
    _t17 = _t0**(-6.0)
    return (2/315)*numpy.sqrt(14)*(z1*numpy.sqrt(z1))*z2**(11/2)*((R*R*R*R)*(R*(-_t12 - 5/16*_t7) - 5/8*_t11)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/73432375492310796091105014263650430484480000000000)*_t5 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t1*_t10*((1/8)*_t7 + _t9)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1835809387307769902277625356591260762112000000000*_t5 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) - 1/64*_t1*_t2*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/76696036625302387028487459342034894061568000000000)*_t5 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + _t10*_t3*(R*(R*(R*(R*(-_t16 - _t9) - 5*_t11) - 30*_t14) - 120*_t13) - 240*_t17)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1672626330658190355408503102672037583257600000000*_t5 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t3*(R*(R*(R*(_t12 + _t16) + (15/4)*_t11) + _t15) + 30*_t13)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/70168714359319205153722569185265966907392000000000)*_t5 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*((3/16)*_t7 + (1/64)*_t8) + (15/8)*_t11) + _t15) + 90*_t13) + 360*_t17) + 720/_t0**7)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/66905053226327614216340124106881503330304000000000)*_t5 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_1_5(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=1, z1), (n=5, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 9233f4047a80d113ebcf77fb418b055aa925acd5302c6bee55d15730f12f35c6
    Branch closed: 102 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 470 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_1_5_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_1_5_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_1_5_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_1_5_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_2_2_closed(q, z1, z2):
    # closed: 18 operations
    _t0 = z1 + z2
    return -32*_t0*(z1*z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*(-_t0 + q)*(_t0 + q)/((_t0*_t0) + (q*q))**4


def sto_form_factor_2_2(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=2, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: e608a86301d2d84a8c506f3ed78d8bceb097367b69ea94fa1b7c4d9aed5c598a
    Branch closed: 18 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_2_2_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_2_2_closed(R, z1, z2):
    # closed: 69 operations
    _t0 = (z2*z2*numpy.sqrt(z2))
    _t1 = (z1*z1)
    _t2 = (z2*z2)
    _t3 = z1 + z2
    _t4 = z1 - z2
    _t5 = (64/3)/((_t3*_t3*_t3*_t3)*(_t4*_t4*_t4*_t4))
    _t6 = (z1*z1*numpy.sqrt(z1))
    _t7 = _t0*_t6
    _t8 = (8/3)*R*_t7/((_t3*_t3*_t3)*(_t4*_t4*_t4))
    _t9 = (32/3)*_t7*(38*_t1*_t2 + 5*(z1*z1*z1*z1) + 5*(z2*z2*z2*z2))/(R*_t3**5*_t4**5)
    return (-_t0*_t5*z1**(7/2)*(_t1 + 5*_t2) - _t8*(_t1 + 3*_t2) - _t9)*numpy.exp(-R*z1) + (-_t5*_t6*z2**(7/2)*(5*_t1 + _t2) + _t8*(3*_t1 + _t2) + _t9)*numpy.exp(-R*z2)


def _sto_overlap_2_2_case1(R, z1, z2):
    # case1: 231 operations
    _t0 = z1 + z2
    _t1 = _t0**(-1.0)
    _t2 = (R*R)
    _t3 = _t2*(z1 - z2)**2
    _t4 = (1/4)*_t3
    _t5 = (1/(_t0*_t0*_t0))
    _t6 = (1/2)/(_t0*_t0)
    _t7 = R*_t1
    return (2/3)*(z1*z1*numpy.sqrt(z1))*(z2*z2*numpy.sqrt(z2))*((1/16)*(R*R*R*R)*_t1*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/73432375492310796091105014263650430484480000000000)*_t3 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t2*(R*(-_t6 - 1/8*_t7) - _t5)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/70168714359319205153722569185265966907392000000000)*_t3 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(_t6 + (1/16)*_t7) + 3*_t5) + 12/(_t0*_t0*_t0*_t0)) + 24/_t0**5)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/66905053226327614216340124106881503330304000000000)*_t3 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_2_2(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=2, z1), (n=2, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 4d2df1ed3f0ba893961842db113c445d78f74376305517514ba78c3bc2e5c402
    Branch closed: 69 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 231 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_2_2_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_2_2_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_2_2_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_2_2_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_2_3_closed(q, z1, z2):
    # closed: 26 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return numpy.sqrt(30)*(z1*z1*numpy.sqrt(z1))*z2**(7/2)*(-64/3*_t0*_t2 + (32/3)*(_t1*_t1*_t1*_t1) + (32/15)*(q*q*q*q))/(_t0 + _t2)**5


def sto_form_factor_2_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 928c2838cb910d05cd437ebd951f208bae4bd07071f216316a3d04be937cf44f
    Branch closed: 26 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_2_3_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_2_3_closed(R, z1, z2):
    # closed: 88 operations
    _t0 = (z1*z1)
    _t1 = (z2*z2)
    _t2 = z1 + z2
    _t3 = z1 - z2
    _t4 = numpy.sqrt(30)
    _t5 = _t4*z2**(9/2)
    _t6 = (z1*z1*numpy.sqrt(z1))
    _t7 = (32/15)*_t6
    _t8 = R*_t5*_t7/((_t2*_t2*_t2*_t2)*(_t3*_t3*_t3*_t3))
    _t9 = 3*_t0
    _t10 = 1/(_t2**5*_t3**5)
    _t11 = (z1*z1*z1*z1)
    _t12 = 5*(z2*z2*z2*z2)
    _t13 = _t0*_t1
    _t14 = (64/15)*_t5*_t6*(21*_t11 + _t12 + 54*_t13)/(R*_t2**6*_t3**6)
    _t15 = _t4*z2**(7/2)
    return ((128/15)*_t10*_t5*z1**(7/2)*(5*_t1 + _t9) + _t14 + _t8*(_t0 + _t1))*numpy.exp(-R*z1) + ((8/45)*(R*R)*_t15*_t6*(_t1 + _t9)/((_t2*_t2*_t2)*(_t3*_t3*_t3)) + _t10*_t15*_t7*(5*_t11 + _t12 + 38*_t13) - _t14 - _t8*(5*_t0 + _t1))*numpy.exp(-R*z2)


def _sto_overlap_2_3_case1(R, z1, z2):
    # case1: 455 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = (R*R*R*R)
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/32)*_t8
    _t10 = (1/(_t0*_t0*_t0))
    _t11 = (1/4)*_t7
    _t12 = (1/16)*_t8
    _t13 = (1/2)*_t1
    _t14 = (1/(_t0*_t0*_t0*_t0))
    _t15 = -3/2*_t10
    _t16 = _t0**(-5.0)
    return (2/45)*numpy.sqrt(30)*(z1*z1*numpy.sqrt(z1))*z2**(7/2)*(-1/64*R**6*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1835809387307769902277625356591260762112000000000*_t4 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t13*_t3*(R*(R*(R*(-_t11 - _t9) + _t15) - 6*_t14) - 12*_t16)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t13*_t6*(R*(_t11 + _t12) + (1/2)*_t10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t3*(R*(R*(-_t12 - 3/8*_t7) + _t15) - 3*_t14)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + _t6*((1/16)*_t7 + _t9)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/73432375492310796091105014263650430484480000000000)*_t4 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + (R*(R*(R*(R*((5/16)*_t7 + _t9) + (5/2)*_t10) + 15*_t14) + 60*_t16) + 120/_t0**6)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_2_3(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=2, z1), (n=3, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 8bb76e470bb707f89480ce5a887196e54efeed90077d71eaf489e8404652dcaa
    Branch closed: 88 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 455 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_2_3_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_2_3_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_2_3_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_2_3_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_2_4_closed(q, z1, z2):
    # closed: 23 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return (64/21)*numpy.sqrt(105)*_t0*(z1*z1*numpy.sqrt(z1))*z2**(9/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6


def sto_form_factor_2_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 1fb8b2afa1a74b68e9e0962e4912114dc6d10830146b2a8b2ed11181243f7f5f
    Branch closed: 23 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_2_4_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_2_4_closed(R, z1, z2):
    # closed: 116 operations
    _t0 = (z1*z1*z1*z1)
    _t1 = (z2*z2*z2*z2)
    _t2 = 5*_t1
    _t3 = (z1*z1)
    _t4 = (z2*z2)
    _t5 = _t3*_t4
    _t6 = (z1*z1*numpy.sqrt(z1))
    _t7 = numpy.sqrt(105)
    _t8 = _t7*z2**(9/2)
    _t9 = _t6*_t8
    _t10 = z1 + z2
    _t11 = z1 - z2
    _t12 = R/(_t10**5*_t11**5)
    _t13 = 1/(_t10**6*_t11**6)
    _t14 = (64/105)*_t9
    _t15 = _t14*(393*_t0*_t4 + 511*_t1*_t3 + 21*z1**6 + 35*z2**6)/(R*_t10**7*_t11**7)
    _t16 = _t6*_t7*z2**(11/2)
    return (-32/105*_t12*_t9*(_t0 + _t2 + 10*_t5) - 128/105*_t13*_t8*z1**(7/2)*(3*_t0 + 35*_t1 + 42*_t5) - _t15)*numpy.exp(-R*z1) + ((8/315)*(R*R*R)*_t9*(3*_t3 + _t4)/((_t10*_t10*_t10)*(_t11*_t11*_t11)) - 128/315*(R*R)*_t16*(5*_t3 + _t4)/((_t10*_t10*_t10*_t10)*(_t11*_t11*_t11*_t11)) + _t12*_t14*(5*_t0 + _t2 + 38*_t5) - 256/105*_t13*_t16*(21*_t0 + _t2 + 54*_t5) + _t15)*numpy.exp(-R*z2)


def _sto_overlap_2_4_case1(R, z1, z2):
    # case1: 541 operations
    _t0 = z1 + z2
    _t1 = R**6
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = z1 - z2
    _t5 = _t3*(_t4*_t4)
    _t6 = (1/4)*_t5
    _t7 = (1/(_t0*_t0))
    _t8 = (1/16)*_t7
    _t9 = R*_t2
    _t10 = (1/32)*_t9
    _t11 = (1/2)*_t4
    _t12 = (R*R*R*R)
    _t13 = (1/(_t0*_t0*_t0))
    _t14 = (1/64)*_t9
    _t15 = (1/(_t0*_t0*_t0*_t0))
    _t16 = 3*_t15
    _t17 = _t0**(-5.0)
    _t18 = _t0**(-6.0)
    _t19 = 15*_t15
    return (2/315)*numpy.sqrt(105)*(z1*z1*numpy.sqrt(z1))*z2**(9/2)*(_t1*_t11*(-_t10 - _t8)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1835809387307769902277625356591260762112000000000*_t5 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + (1/64)*_t1*_t2*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/76696036625302387028487459342034894061568000000000)*_t5 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + _t11*_t12*(R*(R*((3/8)*_t7 + (1/16)*_t9) + (3/2)*_t13) + _t16)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1754217858982980128843064229631649172684800000000*_t5 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t11*_t3*(R*(R*(R*(R*(-_t10 - 5/16*_t7) - 5/2*_t13) - _t19) - 60*_t17) - 120*_t18)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1672626330658190355408503102672037583257600000000*_t5 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t12*(R*(-_t14 - _t8) - 1/8*_t13)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/73432375492310796091105014263650430484480000000000)*_t5 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t3*(R*(R*(R*(-_t14 - 1/8*_t7) - 3/4*_t13) - _t16) - 6*_t17)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/70168714359319205153722569185265966907392000000000)*_t5 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*(_t14 + (3/16)*_t7) + (15/8)*_t13) + _t19) + 90*_t17) + 360*_t18) + 720/_t0**7)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/66905053226327614216340124106881503330304000000000)*_t5 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_2_4(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=2, z1), (n=4, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: c98d531d6af85942504136db053af2ebaad077c1e7b7d37c10c4c223ffab6dfb
    Branch closed: 116 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 541 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_2_4_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_2_4_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_2_4_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_2_4_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_2_5_closed(q, z1, z2):
    # closed: 31 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return numpy.sqrt(42)*(z1*z1*numpy.sqrt(z1))*z2**(11/2)*(-320/3*_t0*(_t1*_t1*_t1*_t1) + (64/3)*_t1**6 + 64*_t2*(q*q*q*q) - 64/21*q**6)/(_t0 + _t2)**7


def sto_form_factor_2_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=2, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: ab8d648df92611086f650b85a9e07de86a8182d6ce5cb3a915c892ab6221a5c5
    Branch closed: 31 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_2_5_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_2_5_closed(R, z1, z2):
    # closed: 134 operations
    _t0 = (z1*z1*z1*z1)
    _t1 = (z2*z2*z2*z2)
    _t2 = (z2*z2)
    _t3 = (z1*z1)
    _t4 = _t2*_t3
    _t5 = numpy.sqrt(42)
    _t6 = _t5*z2**(13/2)
    _t7 = z1 + z2
    _t8 = z1 - z2
    _t9 = 1/(_t7**7*_t8**7)
    _t10 = _t2 + 3*_t3
    _t11 = (z1*z1*numpy.sqrt(z1))
    _t12 = (64/63)*_t11
    _t13 = R/(_t7**6*_t8**6)
    _t14 = z1**6
    _t15 = z2**6
    _t16 = _t1*_t3
    _t17 = _t0*_t2
    _t18 = _t11*_t6
    _t19 = (512/63)*_t18*(27*_t14 + 7*_t15 + 133*_t16 + 169*_t17)/(R*_t7**8*_t8**8)
    _t20 = _t5*z2**(11/2)
    _t21 = _t11*_t20
    _t22 = 5*_t1
    return (_t10*_t12*_t13*_t6*(3*_t2 + _t3) + _t19 + (1024/63)*_t6*_t9*z1**(7/2)*(3*_t0 + 7*_t1 + 14*_t4))*numpy.exp(-R*z1) + ((8/945)*(R*R*R*R)*_t10*_t21/((_t7*_t7*_t7)*(_t8*_t8*_t8)) - 32/189*(R*R*R)*_t18*(_t2 + 5*_t3)/((_t7*_t7*_t7*_t7)*(_t8*_t8*_t8*_t8)) + (64/189)*(R*R)*_t21*(5*_t0 + _t22 + 38*_t4)/(_t7**5*_t8**5) + _t12*_t20*_t9*(21*_t14 + 35*_t15 + 511*_t16 + 393*_t17) - 128/63*_t13*_t18*(21*_t0 + _t22 + 54*_t4) - _t19)*numpy.exp(-R*z2)


def _sto_overlap_2_5_case1(R, z1, z2):
    # case1: 638 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = R**6
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (3/128)*_t8
    _t10 = (1/(_t0*_t0*_t0))
    _t11 = (1/128)*_t8
    _t12 = (1/2)*_t1
    _t13 = (R*R*R*R)
    _t14 = (1/(_t0*_t0*_t0*_t0))
    _t15 = (5/128)*_t8
    _t16 = _t0**(-5.0)
    _t17 = 15*_t16
    _t18 = _t0**(-6.0)
    _t19 = _t0**(-7.0)
    return (2/945)*numpy.sqrt(42)*(z1*z1*numpy.sqrt(z1))*z2**(11/2)*(-1/256*R**8*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1917400915632559675712186483550872351539200000000*_t4 - 1/309684444552592763542109540585570304000000000) - 1/222162681277302115987833003756748800000000) - 1/178008011185643673158122985226240000000) - 1/160345353756469494945648476160000000) - 1/163572596884184486159056896000000) - 1/190555215382321162813440000000) - 1/255934965714961268736000000) - 1/400706259452717137920000) - 1/740818661489786880000) - 1/1642208855519232000) - 1/4446092851200000) - 1/15038255232000) - 1/65383718400) - 1/379209600) - 1/3084480) - 1/37800) - 1/780) - 1/33) - 2/9) + _t12*_t13*(R*(R*(R*(_t15 + (5/16)*_t7) + (15/8)*_t10) + (15/2)*_t14) + _t17)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t12*_t3*(R*(R*(R*(R*(R*(-9/32*_t7 - _t9) - 45/16*_t10) - 45/2*_t14) - 135*_t16) - 540*_t18) - 1080*_t19)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t12*_t6*(R*(-_t11 - 1/32*_t7) - 1/16*_t10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1835809387307769902277625356591260762112000000000*_t4 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t13*(R*(R*(-_t15 - 15/64*_t7) - 15/16*_t10) - 15/8*_t14)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/73432375492310796091105014263650430484480000000000)*_t4 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t3*(R*(R*(R*(R*(_t11 + (5/64)*_t7) + (5/8)*_t10) + (15/4)*_t14) + _t17) + 30*_t18)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + _t6*((3/64)*_t7 + _t9)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/76696036625302387028487459342034894061568000000000)*_t4 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + (R*(R*(R*(R*(R*(R*(_t11 + (7/64)*_t7) + (21/16)*_t10) + (105/8)*_t14) + 105*_t16) + 630*_t18) + 2520*_t19) + 5040/_t0**8)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_2_5(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=2, z1), (n=5, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: cb78335b4ed6b5b34d6ff6a001006a31b6a98ae061133c594b6436a994dee38a
    Branch closed: 134 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 638 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_2_5_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_2_5_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_2_5_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_2_5_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_3_3_closed(q, z1, z2):
    # closed: 20 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    return (128/3)*_t0*z1**(7/2)*z2**(7/2)*(_t1 - 3*_t2)*(3*_t1 - _t2)/(_t1 + _t2)**6


def sto_form_factor_3_3(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=3, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 088888e6704c9ae729182fd854de76c0b38861e4111cb34d9dacd7017c97e750
    Branch closed: 20 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_3_3_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_3_3_closed(R, z1, z2):
    # closed: 88 operations
    _t0 = z2**(9/2)
    _t1 = _t0*z1**(7/2)
    _t2 = z1 + z2
    _t3 = z1 - z2
    _t4 = (z1*z1)
    _t5 = (z2*z2)
    _t6 = (64/15)*(R*R)*(_t4 + _t5)/((_t2*_t2*_t2*_t2)*(_t3*_t3*_t3*_t3))
    _t7 = z1**(9/2)
    _t8 = _t0*_t7
    _t9 = (128/5)*R*_t8/(_t2**5*_t3**5)
    _t10 = (z1*z1*z1*z1)
    _t11 = (z2*z2*z2*z2)
    _t12 = _t4*_t5
    _t13 = 54*_t12
    _t14 = (128/5)/(_t2**6*_t3**6)
    _t15 = (1024/5)*_t8*(7*_t10 + 7*_t11 + 26*_t12)/(R*_t2**7*_t3**7)
    _t16 = _t7*z2**(7/2)
    return (_t1*_t14*(21*_t10 + 5*_t11 + _t13) + _t1*_t6 + _t15 + _t9*(3*_t4 + 5*_t5))*numpy.exp(-R*z1) + (_t14*_t16*(5*_t10 + 21*_t11 + _t13) - _t15 + _t16*_t6 - _t9*(5*_t4 + 3*_t5))*numpy.exp(-R*z2)


def _sto_overlap_3_3_case1(R, z1, z2):
    # case1: 323 operations
    _t0 = z1 + z2
    _t1 = _t0**(-1.0)
    _t2 = (R*R)
    _t3 = _t2*(z1 - z2)**2
    _t4 = (1/4)*_t3
    _t5 = (1/(_t0*_t0*_t0))
    _t6 = (1/(_t0*_t0))
    _t7 = (3/16)*_t6
    _t8 = R*_t1
    _t9 = (3/64)*_t8
    _t10 = _t0**(-5.0)
    _t11 = (1/(_t0*_t0*_t0*_t0))
    return (4/45)*z1**(7/2)*z2**(7/2)*(-1/64*R**6*_t1*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/76696036625302387028487459342034894061568000000000)*_t3 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + (R*R*R*R)*(R*(_t7 + _t9) + (3/8)*_t5)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/73432375492310796091105014263650430484480000000000)*_t3 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t2*(R*(R*(R*(-3/8*_t6 - _t9) - 9/4*_t5) - 9*_t11) - 18*_t10)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/70168714359319205153722569185265966907392000000000)*_t3 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*(_t7 + (1/64)*_t8) + (15/8)*_t5) + 15*_t11) + 90*_t10) + 360/_t0**6) + 720/_t0**7)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/66905053226327614216340124106881503330304000000000)*_t3 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_3_3(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=3, z1), (n=3, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 3475b0cdec32efb87bb4922da0792940282c7a678549d0d4a6fccad205c1d019
    Branch closed: 88 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 323 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_3_3_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_3_3_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_3_3_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_3_3_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_3_4_closed(q, z1, z2):
    # closed: 29 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return numpy.sqrt(14)*z1**(7/2)*z2**(9/2)*(-320*_t0*(_t1*_t1*_t1*_t1) + 64*_t1**6 + 192*_t2*(q*q*q*q) - 64/7*q**6)/(_t0 + _t2)**7


def sto_form_factor_3_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: b3e76c1f5f6f1c26fcdf443ee590ca75c58b01e622c5d42859bd9baf6c043542
    Branch closed: 29 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_3_4_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_3_4_closed(R, z1, z2):
    # closed: 132 operations
    _t0 = z1**(9/2)
    _t1 = (z1*z1*z1*z1)
    _t2 = (z2*z2*z2*z2)
    _t3 = (z2*z2)
    _t4 = (z1*z1)
    _t5 = _t3*_t4
    _t6 = numpy.sqrt(14)
    _t7 = _t6*z2**(9/2)
    _t8 = (64/35)*_t7
    _t9 = z1 + z2
    _t10 = z1 - z2
    _t11 = R/(_t10**6*_t9**6)
    _t12 = z1**(7/2)
    _t13 = (R*R)/(_t10**5*_t9**5)
    _t14 = z1**6
    _t15 = z2**6
    _t16 = _t2*_t4
    _t17 = _t1*_t3
    _t18 = 1/(_t10**7*_t9**7)
    _t19 = _t0*_t7
    _t20 = (512/35)*_t19*(7*_t14 + 63*_t15 + 321*_t16 + 169*_t17)/(R*_t10**8*_t9**8)
    _t21 = _t0*_t6*z2**(11/2)
    return (-_t0*_t11*_t8*(3*_t1 + 35*_t2 + 42*_t5) - 32/105*_t12*_t13*_t7*(_t1 + 5*_t2 + 10*_t5) - _t12*_t18*_t8*(21*_t14 + 35*_t15 + 511*_t16 + 393*_t17) - _t20)*numpy.exp(-R*z1) + ((32/105)*(R*R*R)*_t19*(_t3 + _t4)/((_t10*_t10*_t10*_t10)*(_t9*_t9*_t9*_t9)) + (128/35)*_t11*_t19*(5*_t1 + 21*_t2 + 54*_t5) - 256/105*_t13*_t21*(3*_t3 + 5*_t4) - 2048/35*_t18*_t21*(7*_t1 + 7*_t2 + 26*_t5) + _t20)*numpy.exp(-R*z2)


def _sto_overlap_3_4_case1(R, z1, z2):
    # case1: 637 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = R**6
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/128)*_t8
    _t10 = (1/(_t0*_t0*_t0))
    _t11 = (3/32)*_t7
    _t12 = (3/128)*_t8
    _t13 = (1/2)*_t1
    _t14 = (R*R*R*R)
    _t15 = (1/(_t0*_t0*_t0*_t0))
    _t16 = _t0**(-5.0)
    _t17 = _t0**(-6.0)
    _t18 = -45*_t16
    _t19 = _t0**(-7.0)
    return (2/315)*numpy.sqrt(14)*z1**(7/2)*z2**(9/2)*((1/256)*R**8*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1917400915632559675712186483550872351539200000000*_t4 - 1/309684444552592763542109540585570304000000000) - 1/222162681277302115987833003756748800000000) - 1/178008011185643673158122985226240000000) - 1/160345353756469494945648476160000000) - 1/163572596884184486159056896000000) - 1/190555215382321162813440000000) - 1/255934965714961268736000000) - 1/400706259452717137920000) - 1/740818661489786880000) - 1/1642208855519232000) - 1/4446092851200000) - 1/15038255232000) - 1/65383718400) - 1/379209600) - 1/3084480) - 1/37800) - 1/780) - 1/33) - 2/9) + _t13*_t14*(R*(R*(R*(_t12 + (3/16)*_t7) + (9/8)*_t10) + (9/2)*_t15) + 9*_t16)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t13*_t3*(R*(R*(R*(R*(R*(-_t11 - _t9) - 15/16*_t10) - 15/2*_t15) + _t18) - 180*_t17) - 360*_t19)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t13*_t6*(R*(-_t11 - _t12) - 3/16*_t10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1835809387307769902277625356591260762112000000000*_t4 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t14*(R*(R*(_t12 + (9/64)*_t7) + (9/16)*_t10) + (9/8)*_t15)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/73432375492310796091105014263650430484480000000000)*_t4 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t3*(R*(R*(R*(R*(-_t12 - 15/64*_t7) - 15/8*_t10) - 45/4*_t15) + _t18) - 90*_t17)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + _t6*(-1/64*_t7 - _t9)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/76696036625302387028487459342034894061568000000000)*_t4 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + (R*(R*(R*(R*(R*(R*((7/64)*_t7 + _t9) + (21/16)*_t10) + (105/8)*_t15) + 105*_t16) + 630*_t17) + 2520*_t19) + 5040/_t0**8)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_3_4(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=3, z1), (n=4, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 1821bd3c913e2018ccebd1b47658e2e7611c42b95376ce24193914311c0a6895
    Branch closed: 132 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 637 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_3_4_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_3_4_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_3_4_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_3_4_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_3_5_closed(q, z1, z2):
    # closed: 30 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = 2*_t0*q
    return -1024/15*numpy.sqrt(35)*_t0*z1**(7/2)*z2**(11/2)*(-_t0 + q)*(_t0 + q)*(_t1 - _t2 - _t3)*(_t1 - _t2 + _t3)/(_t1 + _t2)**8


def sto_form_factor_3_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=3, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 85fd12ca53fe4ebf7314620980aa5692a8c55d388eb4e19fdf3dc40f94b9ced2
    Branch closed: 30 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_3_5_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_3_5_closed(R, z1, z2):
    # closed: 142 operations
    _t0 = (z1*z1*z1*z1)
    _t1 = (z2*z2*z2*z2)
    _t2 = 7*_t1
    _t3 = (z2*z2)
    _t4 = (z1*z1)
    _t5 = _t3*_t4
    _t6 = numpy.sqrt(35)
    _t7 = _t6*z2**(13/2)
    _t8 = (1024/105)*_t7
    _t9 = z1**(9/2)
    _t10 = z1 + z2
    _t11 = z1 - z2
    _t12 = R*_t9/(_t10**7*_t11**7)
    _t13 = z1**(7/2)
    _t14 = 3*_t3
    _t15 = (128/315)*_t7
    _t16 = (R*R)/(_t10**6*_t11**6)
    _t17 = z1**6
    _t18 = z2**6
    _t19 = _t1*_t4
    _t20 = _t0*_t3
    _t21 = 169*_t20
    _t22 = 1/(_t10**8*_t11**8)
    _t23 = 63*_t18
    _t24 = (2048/105)*_t7
    _t25 = _t24*_t9*(45*_t17 + 423*_t19 + 365*_t20 + _t23)/(R*_t10**9*_t11**9)
    _t26 = _t6*_t9*z2**(11/2)
    return (_t12*_t8*(3*_t0 + _t2 + 14*_t5) + _t13*_t15*_t16*(_t14 + _t4)*(_t3 + 3*_t4) + _t13*_t22*_t8*(27*_t17 + 7*_t18 + 133*_t19 + _t21) + _t25)*numpy.exp(-R*z1) + ((64/1575)*(R*R*R*R)*_t26*(_t3 + _t4)/((_t10*_t10*_t10*_t10)*(_t11*_t11*_t11*_t11)) - (R*R*R)*_t15*_t9*(_t14 + 5*_t4)/(_t10**5*_t11**5) - _t12*_t24*(7*_t0 + _t2 + 26*_t5) + (256/315)*_t16*_t26*(5*_t0 + 21*_t1 + 54*_t5) + (1024/105)*_t22*_t26*(7*_t17 + 321*_t19 + _t21 + _t23) - _t25)*numpy.exp(-R*z2)


def _sto_overlap_3_5_case1(R, z1, z2):
    # case1: 648 operations
    _t0 = z1 + z2
    _t1 = R**8
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = z1 - z2
    _t5 = _t3*(_t4*_t4)
    _t6 = (1/4)*_t5
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/128)*_t8
    _t10 = (1/2)*_t4
    _t11 = R**6
    _t12 = (1/(_t0*_t0*_t0))
    _t13 = (1/(_t0*_t0*_t0*_t0))
    _t14 = (3/128)*_t8
    _t15 = _t0**(-6.0)
    _t16 = _t0**(-5.0)
    _t17 = 45*_t16
    _t18 = _t0**(-7.0)
    _t19 = _t0**(-8.0)
    _t20 = 105*_t16
    return (4/4725)*numpy.sqrt(35)*z1**(7/2)*z2**(11/2)*((R*R*R*R)*_t10*(R*(R*(R*(R*(_t14 + (15/64)*_t7) + (15/8)*_t12) + (45/4)*_t13) + _t17) + 90*_t15)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1754217858982980128843064229631649172684800000000*_t5 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t1*_t10*((1/64)*_t7 + _t9)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1917400915632559675712186483550872351539200000000*_t5 - 1/309684444552592763542109540585570304000000000) - 1/222162681277302115987833003756748800000000) - 1/178008011185643673158122985226240000000) - 1/160345353756469494945648476160000000) - 1/163572596884184486159056896000000) - 1/190555215382321162813440000000) - 1/255934965714961268736000000) - 1/400706259452717137920000) - 1/740818661489786880000) - 1/1642208855519232000) - 1/4446092851200000) - 1/15038255232000) - 1/65383718400) - 1/379209600) - 1/3084480) - 1/37800) - 1/780) - 1/33) - 2/9) - 1/256*_t1*_t2*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/79959697758293977965869904420419357638656000000000)*_t5 + 1/12291031510465126126360169766351745843200000000) + 1/8369849852772777393029987583393792000000000) + 1/6347505179351489028223800107335680000000) + 1/5394182157140717368427969249280000000) + 1/5172430766337725643408015360000000) + 1/5640434375316706419277824000000) + 1/7057600569715598622720000000) + 1/10237398628598450749440000) + 1/17422011280552919040000) + 1/35277079118561280000) + 1/86432045027328000) + 1/261534873600000) + 1/1002550348800) + 1/5029516800) + 1/34473600) + 1/342720) + 1/5400) + 1/156) + 1/11) + 2/9) + _t10*_t11*(R*(R*(-_t14 - 9/64*_t7) - 9/16*_t12) - 9/8*_t13)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1835809387307769902277625356591260762112000000000*_t5 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t10*_t3*(R*(R*(R*(R*(R*(R*(-7/64*_t7 - _t9) - 21/16*_t12) - 105/8*_t13) - _t20) - 630*_t15) - 2520*_t18) - 5040*_t19)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(-1/1672626330658190355408503102672037583257600000000*_t5 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t11*(R*((1/32)*_t7 + _t9) + (1/16)*_t12)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/76696036625302387028487459342034894061568000000000)*_t5 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + _t3*(R*(R*(R*(R*(R*(-3/32*_t7 - _t9) - 15/16*_t12) - 15/2*_t13) - _t17) - 180*_t15) - 360*_t18)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/70168714359319205153722569185265966907392000000000)*_t5 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*(R*(R*((1/16)*_t7 + (1/256)*_t8) + (7/8)*_t12) + (21/2)*_t13) + _t20) + 840*_t15) + 5040*_t18) + 20160*_t19) + 40320/_t0**9)*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*(_t6*((1/66905053226327614216340124106881503330304000000000)*_t5 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_3_5(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=3, z1), (n=5, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: d63ba7b68b556e07177e0137aef24b6e8e08b05a2af4524dade8130694f49811
    Branch closed: 142 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 648 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_3_5_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_3_5_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_3_5_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_3_5_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_4_4_closed(q, z1, z2):
    # closed: 26 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = 2*_t0*q
    return -512*_t0*z1**(9/2)*z2**(9/2)*(-_t0 + q)*(_t0 + q)*(_t1 - _t2 - _t3)*(_t1 - _t2 + _t3)/(_t1 + _t2)**8


def sto_form_factor_4_4(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=4, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 82dc0c00430e66dbd2b0245fb720585ac59323bae4ffdeef9a027731065802e6
    Branch closed: 26 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_4_4_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_4_4_closed(R, z1, z2):
    # closed: 143 operations
    _t0 = (z1*z1*z1*z1)
    _t1 = (z2*z2*z2*z2)
    _t2 = (z1*z1)
    _t3 = (z2*z2)
    _t4 = _t2*_t3
    _t5 = 10*_t4
    _t6 = z1 + z2
    _t7 = z1 - z2
    _t8 = z1**(9/2)
    _t9 = z2**(9/2)
    _t10 = _t8*_t9
    _t11 = (32/105)*(R*R*R)*_t10/(_t6**5*_t7**5)
    _t12 = 42*_t4
    _t13 = _t9*z1**(11/2)
    _t14 = (256/105)*(R*R)/(_t6**6*_t7**6)
    _t15 = z1**6
    _t16 = z2**6
    _t17 = _t1*_t2
    _t18 = _t0*_t3
    _t19 = (2048/35)/(_t6**8*_t7**8)
    _t20 = (128/35)*R*_t10/(_t6**7*_t7**7)
    _t21 = (512/35)*_t10*(5018*_t0*_t1 + 1908*_t15*_t3 + 1908*_t16*_t2 + 63*z1**8 + 63*z2**8)/(R*_t6**9*_t7**9)
    _t22 = _t8*z2**(11/2)
    return (-_t11*(_t0 + 5*_t1 + _t5) - _t13*_t14*(3*_t0 + 35*_t1 + _t12) - _t13*_t19*(7*_t15 + 63*_t16 + 321*_t17 + 169*_t18) - _t20*(21*_t15 + 35*_t16 + 511*_t17 + 393*_t18) - _t21)*numpy.exp(-R*z1) + (_t11*(5*_t0 + _t1 + _t5) - _t14*_t22*(35*_t0 + 3*_t1 + _t12) - _t19*_t22*(63*_t15 + 7*_t16 + 169*_t17 + 321*_t18) + _t20*(35*_t15 + 21*_t16 + 393*_t17 + 511*_t18) + _t21)*numpy.exp(-R*z2)


def _sto_overlap_4_4_case1(R, z1, z2):
    # case1: 416 operations
    _t0 = z1 + z2
    _t1 = _t0**(-1.0)
    _t2 = (R*R)
    _t3 = _t2*(z1 - z2)**2
    _t4 = (1/4)*_t3
    _t5 = (1/(_t0*_t0*_t0))
    _t6 = (1/(_t0*_t0))
    _t7 = (1/16)*_t6
    _t8 = R*_t1
    _t9 = (1/64)*_t8
    _t10 = _t0**(-5.0)
    _t11 = (1/(_t0*_t0*_t0*_t0))
    _t12 = (3/16)*_t6
    _t13 = _t0**(-7.0)
    _t14 = _t0**(-6.0)
    return (2/315)*z1**(9/2)*z2**(9/2)*((1/256)*R**8*_t1*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/79959697758293977965869904420419357638656000000000)*_t3 + 1/12291031510465126126360169766351745843200000000) + 1/8369849852772777393029987583393792000000000) + 1/6347505179351489028223800107335680000000) + 1/5394182157140717368427969249280000000) + 1/5172430766337725643408015360000000) + 1/5640434375316706419277824000000) + 1/7057600569715598622720000000) + 1/10237398628598450749440000) + 1/17422011280552919040000) + 1/35277079118561280000) + 1/86432045027328000) + 1/261534873600000) + 1/1002550348800) + 1/5029516800) + 1/34473600) + 1/342720) + 1/5400) + 1/156) + 1/11) + 2/9) + R**6*(R*(-_t7 - _t9) - 1/8*_t5)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/76696036625302387028487459342034894061568000000000)*_t3 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + (R*R*R*R)*(R*(R*(R*(_t12 + (3/128)*_t8) + (9/8)*_t5) + (9/2)*_t11) + 9*_t10)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/73432375492310796091105014263650430484480000000000)*_t3 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t2*(R*(R*(R*(R*(R*(-_t12 - _t9) - 15/8*_t5) - 15*_t11) - 90*_t10) - 360*_t14) - 720*_t13)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/70168714359319205153722569185265966907392000000000)*_t3 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*(R*(R*(_t7 + (1/256)*_t8) + (7/8)*_t5) + (21/2)*_t11) + 105*_t10) + 840*_t14) + 5040*_t13) + 20160/_t0**8) + 40320/_t0**9)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/66905053226327614216340124106881503330304000000000)*_t3 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_4_4(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=4, z1), (n=4, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 9e649b7bdae8060db8fe84ee85e77bdd989047f8b4b53ab7bd8580e3f49d2a8c
    Branch closed: 143 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 416 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_4_4_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_4_4_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_4_4_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_4_4_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_4_5_closed(q, z1, z2):
    # closed: 32 operations
    _t0 = (q*q)
    _t1 = z1 + z2
    _t2 = (_t1*_t1)
    return (512/15)*numpy.sqrt(10)*z1**(9/2)*z2**(11/2)*(_t0 - 3*_t2)*(27*_t0*(_t1*_t1*_t1*_t1) - 3*_t1**6 - 33*_t2*(q*q*q*q) + q**6)/(_t0 + _t2)**9


def sto_form_factor_4_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=4, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: eea07c9628a794b474d777aacc2676fc46761ef0040e7c81c3a7997ebbdc6cda
    Branch closed: 32 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_4_5_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_4_5_closed(R, z1, z2):
    # closed: 169 operations
    _t0 = (z1*z1)
    _t1 = (z2*z2)
    _t2 = z1 + z2
    _t3 = z1 - z2
    _t4 = z1**(9/2)
    _t5 = numpy.sqrt(10)
    _t6 = _t5*z2**(13/2)
    _t7 = _t4*_t6
    _t8 = (64/315)*(R*R*R)*_t7/(_t2**6*_t3**6)
    _t9 = (z1*z1*z1*z1)
    _t10 = (z2*z2*z2*z2)
    _t11 = _t0*_t1
    _t12 = _t6*z1**(11/2)
    _t13 = (R*R)/(_t2**7*_t3**7)
    _t14 = z1**6
    _t15 = z2**6
    _t16 = _t0*_t10
    _t17 = _t1*_t9
    _t18 = 1/(_t2**9*_t3**9)
    _t19 = 7*_t15
    _t20 = (1024/105)*_t7
    _t21 = R*_t20/(_t2**8*_t3**8)
    _t22 = z1**8
    _t23 = 63*z2**8
    _t24 = _t0*_t15
    _t25 = _t10*_t9
    _t26 = _t1*_t14
    _t27 = _t20*(495*_t22 + _t23 + 2340*_t24 + 8170*_t25 + 5060*_t26)/(R*_t2**10*_t3**10)
    _t28 = _t4*_t5*z2**(11/2)
    return ((2048/315)*_t12*_t13*(7*_t10 + 14*_t11 + 3*_t9) + (4096/105)*_t12*_t18*(45*_t14 + 63*_t15 + 423*_t16 + 365*_t17) + _t21*(27*_t14 + 133*_t16 + 169*_t17 + _t19) + _t27 + _t8*(_t0 + 3*_t1)*(3*_t0 + _t1))*numpy.exp(-R*z1) + ((32/1575)*(R*R*R*R)*_t28*(_t10 + 10*_t11 + 5*_t9)/(_t2**5*_t3**5) + (128/315)*_t13*_t28*(35*_t14 + 21*_t15 + 393*_t16 + 511*_t17) + (512/105)*_t18*_t28*(63*_t22 + _t23 + 1908*_t24 + 5018*_t25 + 1908*_t26) - _t21*(63*_t14 + 169*_t16 + 321*_t17 + _t19) - _t27 - _t8*(3*_t10 + 42*_t11 + 35*_t9))*numpy.exp(-R*z2)


def _sto_overlap_4_5_case1(R, z1, z2):
    # case1: 819 operations
    _t0 = z1 + z2
    _t1 = z1 - z2
    _t2 = _t0**(-1.0)
    _t3 = (R*R)
    _t4 = (_t1*_t1)*_t3
    _t5 = (1/4)*_t4
    _t6 = R**8
    _t7 = (1/(_t0*_t0))
    _t8 = R*_t2
    _t9 = (1/512)*_t8
    _t10 = (1/(_t0*_t0*_t0))
    _t11 = (1/32)*_t7
    _t12 = (1/128)*_t8
    _t13 = (1/2)*_t1
    _t14 = R**6
    _t15 = (1/(_t0*_t0*_t0*_t0))
    _t16 = _t0**(-5.0)
    _t17 = (9/16)*_t10
    _t18 = (3/32)*_t7
    _t19 = (3/256)*_t8
    _t20 = (R*R*R*R)
    _t21 = _t0**(-6.0)
    _t22 = (15/16)*_t10
    _t23 = _t0**(-7.0)
    _t24 = _t0**(-8.0)
    _t25 = -2520*_t23
    _t26 = _t0**(-9.0)
    return (2/4725)*numpy.sqrt(10)*z1**(9/2)*z2**(11/2)*(-1/1024*R**10*_t1*_t2*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1998992443957349449146747610510483940966400000000*_t4 - 1/323448197643819108588425520167151206400000000) - 1/232495829243688260917499655094272000000000) - 1/186691328804455559653641179627520000000) - 1/168568192410647417763374039040000000) - 1/172414358877924188113600512000000) - 1/201444084832739514974208000000) - 1/271446175758292254720000000) - 1/426558276191602114560000) - 1/791909603661496320000) - 1/1763853955928064000) - 1/4801780279296000) - 1/16345929600000) - 1/71610739200) - 1/419126400) - 1/3447360) - 1/42840) - 1/900) - 1/39) - 2/11) + _t13*_t14*(R*(R*(R*(-_t18 - _t19) - _t17) - 9/4*_t15) - 9/2*_t16)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1835809387307769902277625356591260762112000000000*_t4 - 1/295920691461366418495793561003989401600000000) - 1/211829533310915971058166352419225600000000) - 1/169324693566831786662604790824960000000) - 1/152122515102291572127922913280000000) - 1/154730834890444784204513280000000) - 1/179666345931902810652672000000) - 1/240423755671630282752000000) - 1/374854242713832161280000) - 1/689727719318077440000) - 1/1520563755110400000) - 1/4090405423104000) - 1/13730580864000) - 1/59156697600) - 1/339292800) - 1/2721600) - 1/32760) - 1/660) - 1/27) - 2/7) + _t13*_t20*(R*(R*(R*(R*(R*(_t12 + _t18) + _t22) + (15/2)*_t15) + 45*_t16) + 180*_t21) + 360*_t23)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1754217858982980128843064229631649172684800000000*_t4 - 1/282156938370140073449477581422408499200000000) - 1/201496385344529826128499701081702400000000) - 1/160641375948019900167086596423680000000) - 1/143899676448113649310197350400000000) - 1/145889072896705082249969664000000) - 1/168777476481484458491904000000) - 1/224912545628299296768000000) - 1/349002225974947184640000) - 1/638636777146368000000) - 1/1398918654701568000) - 1/3734717995008000) - 1/12422906496000) - 1/52929676800) - 1/299376000) - 1/2358720) - 1/27720) - 1/540) - 1/21) - 2/5) + _t13*_t3*(R*(R*(R*(R*(R*(R*(R*(-_t11 - _t9) - 7/16*_t10) - 21/4*_t15) - 105/2*_t16) - 420*_t21) + _t25) - 10080*_t24) - 20160*_t26)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1672626330658190355408503102672037583257600000000*_t4 - 1/268393185278913728403161601840827596800000000) - 1/191163237378143681198833049744179200000000) - 1/151958058329208013671568402022400000000) - 1/135676837793935726492471787520000000) - 1/137047310902965380295426048000000) - 1/157888607031066106331136000000) - 1/209401335584968310784000000) - 1/323150209236062208000000) - 1/587545834974658560000) - 1/1277273554292736000) - 1/3379030566912000) - 1/11115232128000) - 1/46702656000) - 1/259459200) - 1/1995840) - 1/22680) - 1/420) - 1/15) - 2/3) + _t13*_t6*(R*(_t11 + _t12) + (1/16)*_t10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(-1/1917400915632559675712186483550872351539200000000*_t4 - 1/309684444552592763542109540585570304000000000) - 1/222162681277302115987833003756748800000000) - 1/178008011185643673158122985226240000000) - 1/160345353756469494945648476160000000) - 1/163572596884184486159056896000000) - 1/190555215382321162813440000000) - 1/255934965714961268736000000) - 1/400706259452717137920000) - 1/740818661489786880000) - 1/1642208855519232000) - 1/4446092851200000) - 1/15038255232000) - 1/65383718400) - 1/379209600) - 1/3084480) - 1/37800) - 1/780) - 1/33) - 2/9) + _t14*(R*(R*(-_t12 - 3/64*_t7) - 3/16*_t10) - 3/8*_t15)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/76696036625302387028487459342034894061568000000000)*_t4 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + _t20*(R*(R*(R*(R*(_t19 + (15/128)*_t7) + _t22) + (45/8)*_t15) + (45/2)*_t16) + 45*_t21)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/73432375492310796091105014263650430484480000000000)*_t4 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t3*(R*(R*(R*(R*(R*(R*(-_t12 - 7/64*_t7) - 21/16*_t10) - 105/8*_t15) - 105*_t16) - 630*_t21) + _t25) - 5040*_t24)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/70168714359319205153722569185265966907392000000000)*_t4 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + _t6*((1/256)*_t7 + _t9)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/79959697758293977965869904420419357638656000000000)*_t4 + 1/12291031510465126126360169766351745843200000000) + 1/8369849852772777393029987583393792000000000) + 1/6347505179351489028223800107335680000000) + 1/5394182157140717368427969249280000000) + 1/5172430766337725643408015360000000) + 1/5640434375316706419277824000000) + 1/7057600569715598622720000000) + 1/10237398628598450749440000) + 1/17422011280552919040000) + 1/35277079118561280000) + 1/86432045027328000) + 1/261534873600000) + 1/1002550348800) + 1/5029516800) + 1/34473600) + 1/342720) + 1/5400) + 1/156) + 1/11) + 2/9) + (R*(R*(R*(R*(R*(R*(R*(R*((9/256)*_t7 + _t9) + _t17) + (63/8)*_t15) + (189/2)*_t16) + 945*_t21) + 7560*_t23) + 45360*_t24) + 181440*_t26) + 362880/_t0**10)*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*(_t5*((1/66905053226327614216340124106881503330304000000000)*_t4 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_4_5(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=4, z1), (n=5, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: ce2769850929ea892f7f5530de5108c7591596efd518a357a7bb7796650fb42d
    Branch closed: 169 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 819 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_4_5_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_4_5_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_4_5_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_4_5_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]


def _sto_form_factor_5_5_closed(q, z1, z2):
    # closed: 27 operations
    _t0 = z1 + z2
    _t1 = (q*q)
    _t2 = (_t0*_t0)
    _t3 = (q*q*q*q)
    _t4 = (_t0*_t0*_t0*_t0)
    _t5 = -10*_t1*_t2
    return (2048/5)*_t0*z1**(11/2)*z2**(11/2)*(_t3 + 5*_t4 + _t5)*(5*_t3 + _t4 + _t5)/(_t1 + _t2)**10


def sto_form_factor_5_5(q, z1, z2):
    """DF Eq. 71 for normalised s-STOs (n=5, z1) x (n=5, z2): 4 pi int r^2 chi1 chi2 j0(q r) dr; q >= 0.

    Arguments q, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: 27fb4c27c1468fb0e77dd6e9456482c5cfc590f31211fa458f4a06d4811158f1
    Branch closed: 27 operations after cse. Closed form.
    """

    q, z1, z2 = _asarrays(q, z1, z2)
    return _shaped(_sto_form_factor_5_5_closed(q, z1, z2), q, z1, z2)


def _sto_overlap_5_5_closed(R, z1, z2):
    # closed: 169 operations
    _t0 = z2**(13/2)
    _t1 = _t0*z1**(11/2)
    _t2 = z1 + z2
    _t3 = z1 - z2
    _t4 = (z1*z1)
    _t5 = (z2*z2)
    _t6 = (128/945)*(R*R*R*R)*(_t4 + 3*_t5)*(3*_t4 + _t5)/(_t2**6*_t3**6)
    _t7 = (z1*z1*z1*z1)
    _t8 = (z2*z2*z2*z2)
    _t9 = 14*_t4*_t5
    _t10 = z1**(13/2)
    _t11 = _t0*_t10
    _t12 = (1024/189)*(R*R*R)*_t11/(_t2**7*_t3**7)
    _t13 = z1**6
    _t14 = z2**6
    _t15 = _t4*_t8
    _t16 = _t5*_t7
    _t17 = (4096/63)*R*_t11/(_t2**9*_t3**9)
    _t18 = (2048/189)*(R*R)/(_t2**8*_t3**8)
    _t19 = z1**8
    _t20 = z2**8
    _t21 = _t14*_t4
    _t22 = _t7*_t8
    _t23 = 8170*_t22
    _t24 = _t13*_t5
    _t25 = (2048/63)/(_t2**10*_t3**10)
    _t26 = (8192/63)*_t11*(297*_t19 + 297*_t20 + 3740*_t21 + 8054*_t22 + 3740*_t24)/(R*_t2**11*_t3**11)
    _t27 = _t10*z2**(11/2)
    return (-_t12*(7*_t7 + 3*_t8 + _t9) - _t17*(63*_t13 + 45*_t14 + 365*_t15 + 423*_t16) + _t18*_t27*(7*_t13 + 27*_t14 + 169*_t15 + 133*_t16) + _t25*_t27*(63*_t19 + 495*_t20 + 5060*_t21 + _t23 + 2340*_t24) - _t26 + _t27*_t6)*numpy.exp(-R*z2) + (_t1*_t18*(27*_t13 + 7*_t14 + 133*_t15 + 169*_t16) + _t1*_t25*(495*_t19 + 63*_t20 + 2340*_t21 + _t23 + 5060*_t24) + _t1*_t6 + _t12*(3*_t7 + 7*_t8 + _t9) + _t17*(45*_t13 + 63*_t14 + 423*_t15 + 365*_t16) + _t26)*numpy.exp(-R*z1)


def _sto_overlap_5_5_case1(R, z1, z2):
    # case1: 524 operations
    _t0 = z1 + z2
    _t1 = _t0**(-1.0)
    _t2 = (R*R)
    _t3 = _t2*(z1 - z2)**2
    _t4 = (1/4)*_t3
    _t5 = (1/(_t0*_t0*_t0))
    _t6 = (1/(_t0*_t0))
    _t7 = (5/256)*_t6
    _t8 = R*_t1
    _t9 = (5/1024)*_t8
    _t10 = _t0**(-5.0)
    _t11 = (1/(_t0*_t0*_t0*_t0))
    _t12 = (5/64)*_t6
    _t13 = (5/512)*_t8
    _t14 = _t0**(-7.0)
    _t15 = _t0**(-6.0)
    _t16 = _t0**(-9.0)
    _t17 = _t0**(-8.0)
    return (4/14175)*z1**(11/2)*z2**(11/2)*(-1/1024*R**10*_t1*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/83223358891285568903252349498803821215744000000000)*_t3 + 1/12814054127931727238120176990451820134400000000) + 1/8741843179562678610497987031544627200000000) + 1/6642737978391093169071418716979200000000) + 1/5657312994074410898595187261440000000) + 1/5437683626149916702044323840000000) + 1/5945322719928420279779328000000) + 1/7460892030842204258304000000) + 1/10857847030331690188800000) + 1/18546012008330526720000) + 1/37709981126737920000) + 1/92834418733056000) + 1/282457663488000) + 1/1089728640000) + 1/5508518400) + 1/38102400) + 1/383040) + 1/6120) + 1/180) + 1/13) + 2/11) + R**8*(R*(_t7 + _t9) + (5/128)*_t5)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/79959697758293977965869904420419357638656000000000)*_t3 + 1/12291031510465126126360169766351745843200000000) + 1/8369849852772777393029987583393792000000000) + 1/6347505179351489028223800107335680000000) + 1/5394182157140717368427969249280000000) + 1/5172430766337725643408015360000000) + 1/5640434375316706419277824000000) + 1/7057600569715598622720000000) + 1/10237398628598450749440000) + 1/17422011280552919040000) + 1/35277079118561280000) + 1/86432045027328000) + 1/261534873600000) + 1/1002550348800) + 1/5029516800) + 1/34473600) + 1/342720) + 1/5400) + 1/156) + 1/11) + 2/9) + R**6*(R*(R*(R*(-_t12 - _t13) - 15/32*_t5) - 15/8*_t11) - 15/4*_t10)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/76696036625302387028487459342034894061568000000000)*_t3 + 1/11768008892998525014600162542251671552000000000) + 1/7997856525982876175561988135242956800000000) + 1/6052272380311884887376181497692160000000) + 1/5131051320207023838260751237120000000) + 1/4907177906525534584771706880000000) + 1/5335546030704992558776320000000) + 1/6654309108588992987136000000) + 1/9616950226865211310080000) + 1/16298010552775311360000) + 1/32844177110384640000) + 1/80029671321600000) + 1/240612083712000) + 1/915372057600) + 1/4550515200) + 1/30844800) + 1/302400) + 1/4680) + 1/132) + 1/9) + 2/7) + (R*R*R*R)*(R*(R*(R*(R*(R*(_t13 + (15/128)*_t6) + (75/64)*_t5) + (75/8)*_t11) + (225/4)*_t10) + 225*_t15) + 450*_t14)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/73432375492310796091105014263650430484480000000000)*_t3 + 1/11244986275531923902840155318151597260800000000) + 1/7625863199192974958093988687092121600000000) + 1/5757039581272280746528562888048640000000) + 1/4867920483273330308093533224960000000) + 1/4641925046713343526135398400000000) + 1/5030657686093278698274816000000) + 1/6251017647462387351552000000) + 1/8996501825131971870720000) + 1/15174009824997703680000) + 1/30411275102208000000) + 1/73627297615872000) + 1/219689293824000) + 1/828193766400) + 1/4071513600) + 1/27216000) + 1/262080) + 1/3960) + 1/108) + 1/7) + 2/5) + _t2*(R*(R*(R*(R*(R*(R*(R*(-_t12 - _t9) - 35/32*_t5) - 105/8*_t11) - 525/4*_t10) - 1050*_t15) - 6300*_t14) - 25200*_t17) - 50400*_t16)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/70168714359319205153722569185265966907392000000000)*_t3 + 1/10721963658065322791080148094051522969600000000) + 1/7253869872403073740625989238941286400000000) + 1/5461806782232676605680944278405120000000) + 1/4604789646339636777926315212800000000) + 1/4376672186901152467499089920000000) + 1/4725769341481564837773312000000) + 1/5847726186335781715968000000) + 1/8376053423398732431360000) + 1/14050009097220096000000) + 1/27978373094031360000) + 1/67224923910144000) + 1/198766503936000) + 1/741015475200) + 1/3592512000) + 1/23587200) + 1/221760) + 1/3240) + 1/84) + 1/5) + 2/3) + (R*(R*(R*(R*(R*(R*(R*(R*(R*(_t7 + (1/1024)*_t8) + (45/128)*_t5) + (45/8)*_t11) + (315/4)*_t10) + 945*_t15) + 9450*_t14) + 75600*_t17) + 453600*_t16) + 1814400/_t0**10) + 3628800/_t0**11)*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*(_t4*((1/66905053226327614216340124106881503330304000000000)*_t3 + 1/10198941040598721679320140869951448678400000000) + 1/6881876545613172523157989790790451200000000) + 1/5166573983193072464833325668761600000000) + 1/4341658809405943247759097200640000000) + 1/4111419327088961408862781440000000) + 1/4420880996869850977271808000000) + 1/5444434725209176080384000000) + 1/7755605021665492992000000) + 1/12926008369442488320000) + 1/25545471085854720000) + 1/60822550204416000) + 1/177843714048000) + 1/653837184000) + 1/3113510400) + 1/19958400) + 1/181440) + 1/2520) + 1/60) + 1/3) + 2))*numpy.exp(-1/2*R*_t0)


def sto_overlap_5_5(R, z1, z2):
    """DF Eq. 70 two-centre overlap of normalised s-STOs (n=5, z1), (n=5, z2) at distance R >= 0; series branch for |R
    (z1 - z2)/2| < 4, closed form otherwise.

    Arguments R, z1, z2: float64 array_like, broadcast together; returns float64 (array or scalar).
    Expression sha256: efcacd6bceb792d92864b9dc786e563dd3b9bf8e35ae98069254ec22ed144cd4
    Branch closed: 169 operations after cse. Closed form, last case of the Piecewise.
    Branch case1 where R*Abs(z1 - z2) < 8: 524 operations after cse. Case of the Piecewise.
    """

    R, z1, z2 = numpy.broadcast_arrays(*_asarrays(R, z1, z2))
    out = numpy.empty(R.shape)
    todo = numpy.ones(R.shape, dtype=bool)
    take = todo & (numpy.less(R*abs(z1 - z2), 8))
    if take.any():
        out[take] = _sto_overlap_5_5_case1(*(a[take] for a in (R, z1, z2,)))
        todo &= ~take
    if todo.all():  # no point in a series branch: no indexing
        return _shaped(_sto_overlap_5_5_closed(R, z1, z2), R, z1, z2)
    if 8 * numpy.count_nonzero(todo) > 7 * todo.size:  # few branch points: no compression
        with numpy.errstate(all="ignore"):  # only the discarded branch points can warn (0/0, 0 * inf)
            numpy.copyto(out, _sto_overlap_5_5_closed(R, z1, z2), where=todo)
        return out[()]
    out[todo] = _sto_overlap_5_5_closed(*(a[todo] for a in (R, z1, z2,)))
    return out[()]
